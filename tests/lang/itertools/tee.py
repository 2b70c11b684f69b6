# tee splits one iterator into independent ones.
from itertools import tee, count, islice
a, b = tee(iter([1, 2, 3, 4]))
print next(a), next(a), list(b), list(a)
x, y, z = tee('abc', 3)
print list(x), list(z), list(y)
c1, c2 = tee(count())
print list(islice(c1, 3)), list(islice(c2, 5))
print tee([1], 0)
try:
    tee([1], -1)
except ValueError as e:
    print e
# expect: 1 2 [1, 2, 3, 4] [3, 4]
# expect: ['a', 'b', 'c'] ['a', 'b', 'c'] ['a', 'b', 'c']
# expect: [0, 1, 2] [0, 1, 2, 3, 4]
# expect: ()
# expect: n must be >= 0
