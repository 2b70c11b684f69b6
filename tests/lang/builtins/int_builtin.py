# int() from strings, with a base, and from floats (truncation toward zero).
print int('42')
print int('-17')
print int('  12  ')
print int('ff', 16)
print int('FF', 16)
print int('777', 8)
print int('101', 2)
print int(3.9)
print int(-3.9)
print int(True)
print int()
print int(42)
try:
    int('x')
except ValueError, e:
    print 'ValueError:', e
try:
    int('1.5')
except ValueError, e:
    print 'ValueError:', e
# expect: 42
# expect: -17
# expect: 12
# expect: 255
# expect: 255
# expect: 511
# expect: 5
# expect: 3
# expect: -3
# expect: 1
# expect: 0
# expect: 42
# expect: ValueError: invalid literal for int() with base 10: 'x'
# expect: ValueError: invalid literal for int() with base 10: '1.5'
