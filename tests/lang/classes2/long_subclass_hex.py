# int subclass values in formatting and builtins
class Flags(int):
    def __or__(self, o): return Flags(int(self) | int(o))
    def __repr__(self): return 'Flags(%#x)' % self
f = Flags(1) | 4
print f, repr(f), hex(f), oct(f), '%x %o %d' % (f, f, f), bin(f), f.bit_length()
print abs(Flags(-3)), Flags(3) ** 2, Flags(7) // 2, Flags(7) % 4, float(Flags(2))
print range(Flags(3)), 'ab' * Flags(2), [0, 1, 2][Flags(1)]
# expect: 5 Flags(0x5) 0x5 05 5 5 5 0b101 3
# expect: 3 9 3 3 2.0
# expect: [0, 1, 2] abab 1
