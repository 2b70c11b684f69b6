# print of ints, negative numbers, floats and bools.
print 0, -1, 10 ** 9
print 0.5, -0.5, 2.0, 1.0 / 4
print 3.14159265358979
print True, False
print 1e100, 1.5e-7
print 12345678901234.0
print 0.1, 0.2, 0.3
# expect: 0 -1 1000000000
# expect: 0.5 -0.5 2.0 0.25
# expect: 3.14159265359
# expect: True False
# expect: 1e+100 1.5e-07
# expect: 1.23456789012e+13
# expect: 0.1 0.2 0.3
