# user numbers mixing with ints and floats through NotImplemented
class Frac(object):
    def __init__(self, n, d=1): self.n, self.d = n, d
    def __repr__(self): return '%d/%d' % (self.n, self.d)
    def _coerce(self, o):
        if isinstance(o, Frac): return o
        if isinstance(o, (int, long)): return Frac(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __float__(self): return float(self.n) / self.d
print Frac(1, 2) + Frac(1, 3), 1 + Frac(1, 2), Frac(1, 2) * 3, 2 * Frac(1, 5), Frac(1, 2) + 2 ** 70
try:
    Frac(1, 2) + 0.5
except TypeError as e:
    print e
print float(Frac(1, 4))
# expect: 5/6 3/2 3/2 2/5 2361183241434822606849/2
# expect: unsupported operand type(s) for +: 'Frac' and 'float'
# expect: 0.25
