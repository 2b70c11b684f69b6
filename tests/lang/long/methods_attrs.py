# methods and data attributes of long
x = 2 ** 100
print x.bit_length(), (-x).bit_length(), 0L.bit_length(), 255L.bit_length()
print x.real, 5L.imag, 5L.numerator, 5L.denominator, 5L.conjugate()
print (5L).__int__(), repr((2 ** 70).__int__()), repr((5L).__long__()), (5L).__float__()
print (2 ** 70).__index__(), repr((5L).__add__(3)), (5L).__radd__(3), (5L).__rsub__(3)
print int.__add__(3, 4), int.__add__(3, 4L), int.__mul__(2, 2.5), (3).__rpow__(2)
print float.__add__(1.5, 2), long.__add__(5L, 2 ** 64)
print abs(-x), -x, +x, (10L).__neg__(), (-10L).__abs__()
# expect: 101 101 0 8
# expect: 1267650600228229401496703205376 0 5 1 5
# expect: 5 1180591620717411303424L 5L 5.0
# expect: 1180591620717411303424 8L 8 -2
# expect: 7 NotImplemented NotImplemented 8
# expect: 3.5 18446744073709551621
# expect: 1267650600228229401496703205376 -1267650600228229401496703205376 1267650600228229401496703205376 -10 10
