# math functions (printed with %.6f).
import math
print '%.6f' % math.sqrt(2)
print '%.6f' % math.sin(1)
print '%.6f' % math.cos(1)
print '%.6f' % math.pow(2, 0.5)
print '%.6f' % math.fabs(-3.25)
print '%.6f' % math.log(10)
print '%.6f' % math.exp(1)
print '%.6f' % math.log(math.e)
print math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5)
print math.sqrt(16)
# expect: 1.414214
# expect: 0.841471
# expect: 0.540302
# expect: 1.414214
# expect: 3.250000
# expect: 2.302585
# expect: 2.718282
# expect: 1.000000
# expect: 2.0 3.0 -3.0 -2.0
# expect: 4.0
