# ValueError wording for conversions, unpacking and common methods.
def show(expr):
    try:
        eval(expr)
    except ValueError, e:
        print e
for expr in ["int('abc')", "int('')", "int('12', 2)", "float('x1')", "int('1.5')",
             "'a,b'.split('')", "'abc'.index('d')", "[].index(1)", "range(1, 5, 0)",
             "xrange(0, 1, 0)", "chr(300)", "int('9' * 3, 40)", "'x'.center(-1)"]:
    show(expr)
try:
    a, b = [1, 2, 3]
except ValueError, e:
    print e
try:
    a, b, c = 'xy'
except ValueError, e:
    print e
try:
    a, = ()
except ValueError, e:
    print e
# expect: invalid literal for int() with base 10: 'abc'
# expect: invalid literal for int() with base 10: ''
# expect: invalid literal for int() with base 2: '12'
# expect: could not convert string to float: x1
# expect: invalid literal for int() with base 10: '1.5'
# expect: empty separator
# expect: substring not found
# expect: 1 is not in list
# expect: range() step argument must not be zero
# expect: xrange() arg 3 must not be zero
# expect: chr() arg not in range(256)
# expect: int() base must be >= 2 and <= 36, or 0
# expect: too many values to unpack
# expect: need more than 2 values to unpack
# expect: need more than 0 values to unpack
