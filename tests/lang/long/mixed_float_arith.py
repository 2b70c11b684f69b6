# arithmetic between longs and floats
x = 2 ** 70
print x * 1.5, x + 0.5, x - 1.0, 1.0 / x, x / 2.0, x // 3.0, x % 7.0
print 5L * 1.5, 2.5 * 4L, True + x, x + True
try:
    print 2 ** 1024 + 0.5
except OverflowError as e:
    print e
try:
    print 1.0 * 2 ** 1024
except OverflowError as e:
    print e
# expect: 1.77088743108e+21 1.18059162072e+21 1.18059162072e+21 8.47032947254e-22 5.90295810359e+20 3.93530540239e+20 2.0
# expect: 7.5 10.0 1180591620717411303425 1180591620717411303425
# expect: long int too large to convert to float
# expect: long int too large to convert to float
