# bound methods compare, carry im_self / im_func, and can be stored
class C(object):
    def m(self): return id(self) == id(c)
c = C()
bm = c.m
print bm(), bm.im_self is c, bm.im_func is C.__dict__['m'], bm.__name__
print c.m == c.m, c.m == C().m
fs = [c.m, c.m]
print all(f() for f in fs)
# expect: True True True m
# expect: True False
# expect: True
