# How print shows floats.
print 1.0, 2.5, 1e20, 1e-5, 123456789012.0
print 1e16
print 1e15
print 0.0001
print 0.00001
print 1234567890123.0
print -0.0
print 3.0 * 2
print 100.0
print 1.5e300 * 1.0
# expect: 1.0 2.5 1e+20 1e-05 1.23456789012e+11
# expect: 1e+16
# expect: 1e+15
# expect: 0.0001
# expect: 1e-05
# expect: 1.23456789012e+12
# expect: -0.0
# expect: 6.0
# expect: 100.0
# expect: 1.5e+300
