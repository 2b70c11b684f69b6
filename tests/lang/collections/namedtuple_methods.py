# namedtuple: _replace, _asdict, _make, subclassing.
from collections import namedtuple
P = namedtuple('P', 'a b c')
p = P(1, 2, 3)
print p._replace(b=20), p
print p._asdict().items()
print P._make([7, 8, 9])
class V(namedtuple('V', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = V(3, 4)
print v, v.norm2(), isinstance(v, tuple)
try:
    P(1, 2)
except TypeError as e:
    print 'TypeError'
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print e
print namedtuple('R', 'def x', rename=True)._fields
# expect: P(a=1, b=20, c=3) P(a=1, b=2, c=3)
# expect: [('a', 1), ('b', 2), ('c', 3)]
# expect: P(a=7, b=8, c=9)
# expect: V(x=3, y=4) 25 True
# expect: TypeError
# expect: Encountered duplicate field name: 'a'
# expect: ('_0', 'x')
