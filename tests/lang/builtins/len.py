# len of every container type.
print len('abc'), len(''), len([1, 2]), len(()), len({'a': 1}), len(range(7)), len(xrange(4))
try:
    len(5)
except TypeError, e:
    print 'TypeError:', e
# expect: 3 0 2 0 1 7 4
# expect: TypeError: object of type 'int' has no len()
