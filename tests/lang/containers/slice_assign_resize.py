# Slice assignment can grow, shrink or empty a list; the right side may be any iterable.
l = range(10)
l[2:5] = ['a']
print l
l[1:1] = 'xyz'
print l
l[-2:] = []
print l
l[:] = (1, 2, 3)
print l
l[len(l):] = [4, 5]
print l
l[::2] = ['e', 'e', 'e']
print l
l[:0] = [0]
print l
l[10:20] = [99]
print l
l[3:1] = ['between']
print l
l[:] = (x * x for x in range(3))
print l
# expect: [0, 1, 'a', 5, 6, 7, 8, 9]
# expect: [0, 'x', 'y', 'z', 1, 'a', 5, 6, 7, 8, 9]
# expect: [0, 'x', 'y', 'z', 1, 'a', 5, 6, 7]
# expect: [1, 2, 3]
# expect: [1, 2, 3, 4, 5]
# expect: ['e', 2, 'e', 4, 'e']
# expect: [0, 'e', 2, 'e', 4, 'e']
# expect: [0, 'e', 2, 'e', 4, 'e', 99]
# expect: [0, 'e', 2, 'between', 'e', 4, 'e', 99]
# expect: [0, 1, 4]
