# Slicing tuples returns tuples.
t = tuple(range(8))
print t[2:5]
print t[::2]
print t[::-1]
print t[-2:]
print t[5:2]
print t[:1]
# expect: (2, 3, 4)
# expect: (0, 2, 4, 6)
# expect: (7, 6, 5, 4, 3, 2, 1, 0)
# expect: (6, 7)
# expect: ()
# expect: (0,)
