# sample from lists, xrange and strings.
import random
random.seed(99)
print random.sample(range(100), 6)
print random.sample(xrange(10 ** 6), 4)
print random.sample('abcdefghij', 3)
print sorted(random.sample(set([1, 2, 3, 4, 5]), 2))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print e
# expect: [40, 20, 17, 24, 75, 25]
# expect: [383067, 684308, 538629, 938376]
# expect: ['e', 'd', 'j']
# expect: [2, 4]
# expect: sample larger than population
