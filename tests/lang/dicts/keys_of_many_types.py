# Keys of int, float, str, tuple, bool and None; equal numbers are the same key.
d = {}
d[1] = 'int'
d[1.0] = 'float one'
d['1'] = 'str'
d[(1,)] = 'tuple'
d[None] = 'none'
print len(d)
print d[1], d[True], d['1'], d[(1,)], d[None]
try:
    d[[1]] = 'list'
except TypeError, e:
    print 'TypeError:', e
# expect: 4
# expect: float one float one str tuple none
# expect: TypeError: unhashable type: 'list'
