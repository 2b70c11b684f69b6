# Common recipes built from itertools.
from itertools import islice, chain, izip, count, groupby, tee, imap
def take(n, it):
    return list(islice(it, n))
def pairwise(it):
    a, b = tee(it)
    next(b, None)
    return izip(a, b)
def flatten(lists):
    return chain.from_iterable(lists)
print take(3, count(7)), list(pairwise('abcd')), list(flatten([[1], [2, 3]]))
print [(k, sum(1 for _ in g)) for k, g in groupby(sorted('mississippi'))]
print sum(imap(lambda x: x * x, xrange(10)))
# expect: [7, 8, 9] [('a', 'b'), ('b', 'c'), ('c', 'd')] [1, 2, 3]
# expect: [('i', 4), ('m', 1), ('p', 2), ('s', 4)]
# expect: 285
