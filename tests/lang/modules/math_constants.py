# math.pi and math.e.
import math
from math import pi, e
print '%.6f' % math.pi
print '%.6f' % math.e
print pi == math.pi, e == math.e
print '%.6f' % (2 * pi * 1.5)
print '%.6f' % math.sin(math.pi / 2)
# expect: 3.141593
# expect: 2.718282
# expect: True True
# expect: 9.424778
# expect: 1.000000
