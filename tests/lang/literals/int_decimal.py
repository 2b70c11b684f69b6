# Decimal integer literals.
print 0
print 7
print 1234567890
print -42
print 9223372036854775807
print -9223372036854775807 - 1
print 1000000 * 1000
print type(42)
# expect: 0
# expect: 7
# expect: 1234567890
# expect: -42
# expect: 9223372036854775807
# expect: -9223372036854775808
# expect: 1000000000
# expect: <type 'int'>
