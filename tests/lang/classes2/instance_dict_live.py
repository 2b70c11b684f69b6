# the instance __dict__ is live
class C(object):
    def __init__(self, **kw):
        self.__dict__.update(kw)
c = C(a=1, b=2)
print c.a, c.b, sorted(c.__dict__.items())
c.__dict__['z'] = 26
print c.z
c.y = 25
print sorted(vars(c).keys())
del c.__dict__['a']
print hasattr(c, 'a')
d = c.__dict__
c.q = 'q'
print d['q'], 'q' in d
# expect: 1 2 [('a', 1), ('b', 2)]
# expect: 26
# expect: ['a', 'b', 'y', 'z']
# expect: False
# expect: q True
