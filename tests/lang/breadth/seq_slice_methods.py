# Old-style __getslice__/__setslice__/__delslice__, __reversed__ and __getnewargs__.
l = [1, 2, 3, 4]
print l.__getslice__(1, 3), l.__getslice__(-5, 100), (1, 2, 3).__getslice__(0, 2), 'hello'.__getslice__(1, 3)
l.__setslice__(1, 3, 'xy')
print l
l.__delslice__(0, 2)
print l, list(l.__reversed__()), type(l.__reversed__()).__name__
print (1, 2).__getnewargs__(), 'ab'.__getnewargs__()
try:
    l.__getslice__('a', 1)
except TypeError, e:
    print 'TypeError:', e
try:
    [].__getslice__(1)
except TypeError, e:
    print 'TypeError:', e
# expect: [2, 3] [1, 2, 3, 4] (1, 2) el
# expect: [1, 'x', 'y', 4]
# expect: ['y', 4] [4, 'y'] listreverseiterator
# expect: ((1, 2),) ('ab',)
# expect: TypeError: an integer is required
# expect: TypeError: function takes exactly 2 arguments (1 given)
