# comparisons between ints, longs and floats are exact
print 2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1)
print 2 ** 1024 > 1e308, 2 ** 1024 < float('inf'), -2 ** 1024 > float('-inf')
print 10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23
print 5L == 5.0, 5L != 5, 3 < 2 ** 64, -2 ** 64 < -3
print float('nan') == 2 ** 70, float('nan') != 2 ** 70, 2 ** 70 < float('nan')
print cmp(2 ** 70, 1.0), cmp(2, 2L), cmp(-2 ** 70, -2 ** 70 + 1)
print sorted([2 ** 70, 3, 1.5, -2 ** 80, 0L, True])
print max(2 ** 64, 2 ** 64 + 0.0, 2 ** 63), min(-1L, -1.0, -1)
print 2 ** 70 < 'a', 2 ** 70 > None
# expect: True False
# expect: True True True
# expect: True True False
# expect: True False True True
# expect: False True False
# expect: 1 0 -1
# expect: [-1208925819614629174706176L, 0L, True, 1.5, 3, 1180591620717411303424L]
# expect: 18446744073709551616 -1
# expect: True True
