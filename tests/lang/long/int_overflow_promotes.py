# int operations that overflow int64 give longs
import sys
m = sys.maxint
print m + 1, type(m + 1)
print -m - 2, type(-m - 2)
print m * 3, type(m * 3)
print m - (-m)
print -(-m - 1), type(-(-m - 1))
print abs(-m - 1)
print 1 << 63, 1 << 100, 5 << 70
print 3 ** 40, 2 ** 64, (-3) ** 41
print (-2) ** 63, type((-2) ** 63)
print (-m - 1) // -1, (-m - 1) % -1, divmod(-m - 1, -1)
x = m
x += 1
print x
y = 1
for i in range(70):
    y *= 2
print y, type(y)
# expect: 9223372036854775808 <type 'long'>
# expect: -9223372036854775809 <type 'long'>
# expect: 27670116110564327421 <type 'long'>
# expect: 18446744073709551614
# expect: 9223372036854775808 <type 'long'>
# expect: 9223372036854775808
# expect: 9223372036854775808 1267650600228229401496703205376 5902958103587056517120
# expect: 12157665459056928801 18446744073709551616 -36472996377170786403
# expect: -9223372036854775808 <type 'int'>
# expect: 9223372036854775808 0 (9223372036854775808L, 0L)
# expect: 9223372036854775808
# expect: 1180591620717411303424 <type 'long'>
