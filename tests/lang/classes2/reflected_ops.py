# reflected operators, and the subclass-first rule
class R(object):
    def __init__(self, v): self.v = v
    def __repr__(self): return 'R(%r)' % (self.v,)
    def __radd__(self, o): return R(o + self.v)
    def __rsub__(self, o): return R(o - self.v)
    def __rmul__(self, o): return R(o * self.v)
    def __rdiv__(self, o): return R(o / self.v)
    def __rfloordiv__(self, o): return R(o // self.v)
    def __rmod__(self, o): return R(o % self.v)
    def __rpow__(self, o): return R(o ** self.v)
    def __rlshift__(self, o): return R(o << self.v)
    def __rand__(self, o): return R(o & self.v)
    def __ror__(self, o): return R(o | self.v)
    def __rxor__(self, o): return R(o ^ self.v)
    def __rdivmod__(self, o): return ('rdivmod', o, self.v)
r = R(3)
print 10 + r, 10 - r, 10 * r, 10 / r, 10 // r, 10 % r, 2 ** r, 1 << r, 7 & r, 4 | r, 5 ^ r
print divmod(10, r), 'ab' + R('c') if False else [1] * 2
class Base(object):
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
print Base() + Sub(), Sub() + Base(), 1 + Sub()
try:
    print R(1) + R(2)
except TypeError as e:
    print e
# expect: R(13) R(7) R(30) R(3) R(3) R(1) R(8) R(8) R(3) R(7) R(6)
# expect: ('rdivmod', 10, 3) [1, 1]
# expect: Sub.radd Base.add Sub.radd
# expect: unsupported operand type(s) for +: 'R' and 'R'
