# join needs strings; it accepts any iterable including generators and dict keys.
print '-'.join(['a', 'b', 'c'])
print ''.join(c * 2 for c in 'xyz')
print ','.join(sorted({'k1': 1, 'k2': 2}))
print ', '.join(('only',)), repr(''.join([]))
try:
    ','.join(['a', 1, 'c'])
except TypeError, e:
    print 'TypeError:', e
try:
    ','.join(5)
except TypeError, e:
    print 'TypeError:', e
# expect: a-b-c
# expect: xxyyzz
# expect: k1,k2
# expect: only ''
# expect: TypeError: sequence item 1: expected string, int found
# expect: TypeError: can only join an iterable
