# ifilter, ifilterfalse, dropwhile, takewhile, compress.
from itertools import ifilter, ifilterfalse, dropwhile, takewhile, compress
n = range(10)
print list(ifilter(lambda x: x % 3 == 0, n)), list(ifilter(None, [0, 1, '', 'a']))
print list(ifilterfalse(lambda x: x % 3, n))
print list(dropwhile(lambda x: x < 4, [1, 3, 5, 2, 1])), list(takewhile(lambda x: x < 4, [1, 3, 5, 2]))
print list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1]))
# expect: [0, 3, 6, 9] [1, 'a']
# expect: [0, 3, 6, 9]
# expect: [5, 2, 1] [1, 3]
# expect: ['A', 'C', 'E', 'F'] ['A', 'B']
