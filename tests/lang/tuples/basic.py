# Tuple displays, indexing, len, immutability.
t = (1, 'two', 3.0)
print t
print t[0], t[-1], len(t)
print ()
print (1, 2) + (3,)
print 1, 2
x = 1, 2, 3
print x
try:
    t[0] = 5
except TypeError, e:
    print 'TypeError:', e
# expect: (1, 'two', 3.0)
# expect: 1 3.0 3
# expect: ()
# expect: (1, 2, 3)
# expect: 1 2
# expect: (1, 2, 3)
# expect: TypeError: 'tuple' object does not support item assignment
