# next() raises StopIteration at the end of an iterator.
it = iter([1, 2])
print next(it)
print next(it)
try:
    next(it)
except StopIteration:
    print 'StopIteration'
print next(it, 'default')
# expect: 1
# expect: 2
# expect: StopIteration
# expect: default
