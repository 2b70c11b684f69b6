# gauss keeps a second value; normalvariate / lognormvariate.
import random
random.seed(5)
print ['%.10f' % random.gauss(0, 1) for i in range(4)]
print '%.10f' % random.normalvariate(100, 15)
print '%.10f' % random.lognormvariate(0, 0.5)
random.seed(5)
print '%.10f' % random.gauss(10, 2)
# expect: ['-1.1788417512', '-1.1481606808', '0.6694689144', '-2.2939100946']
# expect: 77.3192683881
# expect: 0.9653984535
# expect: 7.6423164975
