# a loop that crosses the int64 boundary (promotion in the interpreter fast paths)
total = 0
step = 2 ** 60
for i in range(40):
    total += step
print total, type(total)
n = 9223372036854775800
for i in range(15):
    n = n + 1
print n
k = -9223372036854775800
while k > -9223372036854775815:
    k = k - 1
print k
m = 3037000499
print m * m, (m + 1) * (m + 1)
# expect: 46116860184273879040 <type 'long'>
# expect: 9223372036854775815
# expect: -9223372036854775815
# expect: 9223372030926249001 9223372037000250000
