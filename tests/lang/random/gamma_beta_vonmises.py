# gammavariate (three branches), betavariate, vonmisesvariate.
import random
random.seed(11)
print '%.10f' % random.gammavariate(0.5, 2.0)
print '%.10f' % random.gammavariate(1.0, 3.0)
print '%.10f' % random.gammavariate(4.5, 1.5)
print '%.10f' % random.betavariate(2, 5)
print '%.10f' % random.vonmisesvariate(1.0, 4.0)
print '%.10f' % random.vonmisesvariate(0.0, 0.0)
try:
    random.gammavariate(-1, 1)
except ValueError as e:
    print e
# expect: 0.5737135580
# expect: 0.2364459856
# expect: 6.4294418262
# expect: 0.3255740141
# expect: 6.0089827437
# expect: 0.5696997890
# expect: gammavariate: alpha and beta must be > 0.0
