# Slicing with out-of-range, negative and None bounds on lists, tuples and strings.
l = range(6)
t = tuple(l)
for sl in [(None, None, None), (1, None, None), (-2, None, None), (None, -2, None),
           (10, None, None), (-10, 2, None), (None, None, -1), (4, 1, -1), (1, 4, -1),
           (None, None, 4), (-1, -7, -2), (5, None, -2)]:
    s = slice(*sl)
    print sl, l[s], t[s], 'abcdef'[s]
print slice(1, 5, 2).indices(3), slice(None).indices(4), slice(-1, None, -1).indices(5)
try:
    l[::0]
except ValueError, e:
    print 'ValueError:', e
# expect: (None, None, None) [0, 1, 2, 3, 4, 5] (0, 1, 2, 3, 4, 5) abcdef
# expect: (1, None, None) [1, 2, 3, 4, 5] (1, 2, 3, 4, 5) bcdef
# expect: (-2, None, None) [4, 5] (4, 5) ef
# expect: (None, -2, None) [0, 1, 2, 3] (0, 1, 2, 3) abcd
# expect: (10, None, None) [] () 
# expect: (-10, 2, None) [0, 1] (0, 1) ab
# expect: (None, None, -1) [5, 4, 3, 2, 1, 0] (5, 4, 3, 2, 1, 0) fedcba
# expect: (4, 1, -1) [4, 3, 2] (4, 3, 2) edc
# expect: (1, 4, -1) [] () 
# expect: (None, None, 4) [0, 4] (0, 4) ae
# expect: (-1, -7, -2) [5, 3, 1] (5, 3, 1) fdb
# expect: (5, None, -2) [5, 3, 1] (5, 3, 1) fdb
# expect: (1, 3, 2) (0, 4, 1) (4, -1, -1)
# expect: ValueError: slice step cannot be zero
