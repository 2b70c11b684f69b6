# complex numbers: literals, arithmetic with ints/floats/longs, abs, conjugate, pow, repr/str.
a = 3 + 4j
b = complex(1, -2)
print a, b, a + b, a - b, a * b, a / b
print abs(a), a.real, a.imag, a.conjugate(), -a, +b
print 2 * a, a * 2.5, 10L + a, 1 - 1j, 1j * 1j, (1 + 2j) ** 2, 2 ** 1j
print 1j, -1j, 0j, complex(-0.0, -1), complex(1e16, 1e-5), str(complex(1.123456789012345, 2))
print (5 + 1j) // 2, (5 + 1j) % 2, divmod(5 + 1j, 2)
print a == complex(3, 4), a != 3, complex(2, 0) == 2, bool(0j), bool(1j)
print hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), {1j: 'x'}[1j]
print type(a).__name__, isinstance(a, complex), sum([1j, 2, 3.5])
for bad in [lambda: a < b, lambda: int(a), lambda: float(a), lambda: 1j / 0, lambda: 0j ** -1,
            lambda: pow(1j, 2, 3)]:
    try:
        bad()
    except (TypeError, ZeroDivisionError, ValueError), e:
        print type(e).__name__ + ':', e
# expect: (3+4j) (1-2j) (4+2j) (2+6j) (11-2j) (-1+2j)
# expect: 5.0 3.0 4.0 (3-4j) (-3-4j) (1-2j)
# expect: (6+8j) (7.5+10j) (13+4j) (1-1j) (-1+0j) (-3+4j) (0.769238901364+0.638961276314j)
# expect: 1j -1j 0j (-0-1j) (1e+16+1e-05j) (1.12345678901+2j)
# expect: (2+0j) (1+1j) ((2+0j), (1+1j))
# expect: True True True False True
# expect: True True x
# expect: complex True (5.5+1j)
# expect: TypeError: no ordering relation is defined for complex numbers
# expect: TypeError: can't convert complex to int
# expect: TypeError: can't convert complex to float
# expect: ZeroDivisionError: complex division by zero
# expect: ZeroDivisionError: 0.0 to a negative or complex power
# expect: ValueError: complex modulo
