# multiple inheritance with the C3 method resolution order
class A(object):
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super(B, self).f()
class C(A):
    def f(self): return 'C' + super(C, self).f()
class D(B, C):
    def f(self): return 'D' + super(D, self).f()
print D().f(), [k.__name__ for k in D.__mro__]
print [k.__name__ for k in D.mro()]
class X(object): pass
class Y(object): pass
class Z(X, Y): pass
print [k.__name__ for k in Z.__mro__], Z.__bases__
try:
    class Bad(A, B): pass
except TypeError as e:
    print 'TypeError', str(e).split('\n')[0]
# expect: DBCA ['D', 'B', 'C', 'A', 'object']
# expect: ['D', 'B', 'C', 'A', 'object']
# expect: ['Z', 'X', 'Y', 'object'] (<class '__main__.X'>, <class '__main__.Y'>)
# expect: TypeError Error when calling the metaclass bases
