# imap, starmap, izip, izip_longest.
from itertools import imap, starmap, izip, izip_longest
import operator
print list(imap(operator.add, [1, 2, 3], [10, 20, 30])), list(imap(None, 'ab', 'xy'))
print list(imap(pow, [2, 3], [3, 2, 1]))
print list(starmap(operator.mul, [(2, 3), (4, 5)])), list(starmap(max, [[1, 5, 2]]))
print list(izip('abc', range(5))), list(izip()), list(izip('a'))
print list(izip_longest('abc', [1], fillvalue=0)), list(izip_longest('ab', 'c'))
# expect: [11, 22, 33] [('a', 'x'), ('b', 'y')]
# expect: [8, 9]
# expect: [6, 20] [5]
# expect: [('a', 0), ('b', 1), ('c', 2)] [] [('a',)]
# expect: [('a', 1), ('b', 0), ('c', 0)] [('a', 'c'), ('b', None)]
