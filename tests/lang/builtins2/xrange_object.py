# xrange objects: len, indexing, negative index, membership, reversed, repr.
x = xrange(2, 20, 3)
print len(x), x[0], x[-1], x[2], list(x)
print 5 in x, 6 in x, list(reversed(x))
print repr(xrange(5)), repr(xrange(1, 5)), repr(xrange(1, 10, 2)), repr(xrange(0))
print list(xrange(10, 0, -3)), len(xrange(5, 1)), list(xrange(-3))
try:
    x[100]
except IndexError, e:
    print 'IndexError:', e
print type(x).__name__, sum(xrange(1000))
# expect: 6 2 17 8 [2, 5, 8, 11, 14, 17]
# expect: True False [17, 14, 11, 8, 5, 2]
# expect: xrange(5) xrange(1, 5) xrange(1, 11, 2) xrange(0)
# expect: [10, 7, 4, 1] 0 []
# expect: IndexError: xrange object index out of range
# expect: xrange 499500
