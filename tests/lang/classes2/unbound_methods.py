# unbound methods in Python 2
class C(object):
    def f(self, x): return x * 2
print C.f
print C.f(C(), 4), C.f.__name__, C.f.im_class.__name__, C.f.im_self
try:
    C.f(5, 4)
except TypeError as e:
    print e
m = C().f
print m.im_self.__class__.__name__, m(3)
# expect: <unbound method C.f>
# expect: 8 f C None
# expect: unbound method f() must be called with C instance as first argument (got int instance instead)
# expect: C 6
