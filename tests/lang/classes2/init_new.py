# __new__ and __init__: cls.__new__(cls), object.__new__, non-instances skip __init__
class A(object):
    def __new__(cls, *args):
        print 'new', cls.__name__, args
        return object.__new__(cls)
    def __init__(self, x):
        print 'init', x
        self.x = x
a = A(5)
print a.x, type(a).__name__
class Singleton(object):
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super(Singleton, cls).__new__(cls)
        return cls._inst
print Singleton() is Singleton()
class NotMe(object):
    def __new__(cls):
        return 42
    def __init__(self):
        print 'never'
print NotMe()
class B(A):
    pass
b = B(7)
print b.x, type(b).__name__
print A.__new__(A, 1).__class__.__name__
# expect: new A (5,)
# expect: init 5
# expect: 5 A
# expect: True
# expect: 42
# expect: new B (7,)
# expect: init 7
# expect: 7 B
# expect: new A (1,)
# expect: A
