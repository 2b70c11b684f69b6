# a metaclass __call__ intercepts instance creation
class Singleton(type):
    def __call__(cls, *args, **kw):
        if not hasattr(cls, '_instance'):
            cls._instance = super(Singleton, cls).__call__(*args, **kw)
        return cls._instance
class Config(object):
    __metaclass__ = Singleton
    def __init__(self, v):
        print 'init once', v
        self.v = v
a = Config(1)
b = Config(2)
print a is b, a.v, b.v
class Counting(type):
    count = 0
    def __call__(cls, *a):
        Counting.count += 1
        return type.__call__(cls, *a)
class P(object):
    __metaclass__ = Counting
    def __init__(self, x): self.x = x
print P(3).x, P(4).x, Counting.count
# expect: init once 1
# expect: True 1 1
# expect: 3 4 2
