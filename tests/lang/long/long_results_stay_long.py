# Python 2 keeps long results long even when they are small
a = 2 ** 64
print a - a, type(a - a)
print repr(a // a), repr(a % 7), repr(a >> 64)
print repr(5L + 1), repr(5L * 0), repr(-5L), repr(abs(-5L))
print repr(int(a - a)), type(int(a - a))
print type(int(a)), int(a)
print repr(long(5)), repr(long(5.9)), repr(long(-5.9))
print 5L == 5, 5L is 5, 5L < 6, 6 > 5L
# expect: 0 <type 'long'>
# expect: 1L 2L 1L
# expect: 6L 0L -5L 5L
# expect: 0 <type 'int'>
# expect: <type 'long'> 18446744073709551616
# expect: 5L 5L -5L
# expect: True False True True
