# Float literals with exponents.
print 1e10
print 1E5
print 1.5e-3
print 2.5e+2
print 1e0
print 5e-1
print .5e1
print 1.e2
print 1e22
print 1e-7
# expect: 10000000000.0
# expect: 100000.0
# expect: 0.0015
# expect: 250.0
# expect: 1.0
# expect: 0.5
# expect: 5.0
# expect: 100.0
# expect: 1e+22
# expect: 1e-07
