# int() of longs and big strings/floats gives long when it does not fit
print repr(int(5L)), repr(int(2 ** 70)), repr(int(-2 ** 63)), repr(int(2 ** 63))
print repr(int('99999999999999999999')), repr(int('-9223372036854775809'))
print repr(int('ffffffffffffffffffff', 16)), repr(int('0x' + 'f' * 20, 16))
print repr(int(1e30)), repr(int(-1e19)), repr(int(1e18))
class B(object):
    def __int__(self): return 2 ** 70
print repr(int(B()))
try:
    int('99999999999999999999x')
except ValueError as e:
    print e
print float(2 ** 70), float(-5L), float(2 ** 53 + 1)
try:
    float(2 ** 1024)
except OverflowError as e:
    print e
# expect: 5 1180591620717411303424L -9223372036854775808 9223372036854775808L
# expect: 99999999999999999999L -9223372036854775809L
# expect: 1208925819614629174706175L 1208925819614629174706175L
# expect: 1000000000000000019884624838656L -10000000000000000000L 1000000000000000000
# expect: 1180591620717411303424L
# expect: invalid literal for int() with base 10: '99999999999999999999x'
# expect: 1.18059162072e+21 -5.0 9.00719925474e+15
# expect: long int too large to convert to float
