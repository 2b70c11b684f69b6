# %e and %g.
print '%e' % 12345.678
print '%.2e' % 0.000123
print '%e' % 0
print '%g' % 12345.678
print '%g' % 0.0001
print '%g' % 0.00001
print '%g' % 123456789
print '%g' % 100.0
print '%.3g' % 3.14159
print '%g' % 1e20
# expect: 1.234568e+04
# expect: 1.23e-04
# expect: 0.000000e+00
# expect: 12345.7
# expect: 0.0001
# expect: 1e-05
# expect: 1.23457e+08
# expect: 100
# expect: 3.14
# expect: 1e+20
