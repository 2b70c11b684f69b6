# uniform, triangular, expovariate, paretovariate, weibullvariate.
import random
random.seed(31337)
print '%.12f' % random.uniform(1, 10)
print '%.12f' % random.uniform(-5.5, 5.5)
print '%.12f' % random.triangular()
print '%.12f' % random.triangular(0, 10, 7)
print '%.12f' % random.expovariate(0.5)
print '%.12f' % random.paretovariate(3)
print '%.12f' % random.weibullvariate(2, 3)
# expect: 7.119799871289
# expect: -3.621888158321
# expect: 0.840516077997
# expect: 1.983476582273
# expect: 3.506631851446
# expect: 1.134216275986
# expect: 1.863749112199
