# Tuples: count, index, concatenation, repetition, comparison, unpacking, hashing use.
t = (1, 'a', 2, 'a', (3,))
print t.count('a'), t.index('a'), t.index('a', 2), t.index((3,))
print t + (9,), (0,) * 3, () * 5, t[1:3], t[::-2]
print (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) == (2.0,)
a, (b, c), d = 1, (2, 3), 4
print a, b, c, d
print tuple([1, 2]), tuple('ab'), tuple(x for x in range(3)), tuple()
print (1,), (), ((),), len(((),))
first, rest = t[0], t[1:]
print first, rest
d = {(1, 2): 'pair'}
print d[1, 2]
try:
    t.index('zz')
except ValueError, e:
    print 'ValueError:', e
try:
    (1, 2) + [3]
except TypeError, e:
    print 'TypeError:', e
# expect: 2 1 3 4
# expect: (1, 'a', 2, 'a', (3,), 9) (0, 0, 0) () ('a', 2) ((3,), 2, 1)
# expect: True True True True
# expect: 1 2 3 4
# expect: (1, 2) ('a', 'b') (0, 1, 2) ()
# expect: (1,) () ((),) 1
# expect: 1 ('a', 2, 'a', (3,))
# expect: pair
# expect: ValueError: tuple.index(x): x not in tuple
# expect: TypeError: can only concatenate tuple (not "list") to tuple
