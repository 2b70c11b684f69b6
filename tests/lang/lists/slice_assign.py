# Slice assignment, including extended slices and growing/shrinking.
a = range(6)
a[1:3] = ['x', 'y', 'z']
print a
a[:2] = []
print a
a[len(a):] = [100]
print a
a[0:0] = ['start']
print a
b = range(8)
b[::2] = ['a', 'b', 'c', 'd']
print b
try:
    b[::2] = [1, 2]
except ValueError, e:
    print 'ValueError:', e
c = [1, 2, 3]
c[:] = (7, 8)
print c
# expect: [0, 'x', 'y', 'z', 3, 4, 5]
# expect: ['y', 'z', 3, 4, 5]
# expect: ['y', 'z', 3, 4, 5, 100]
# expect: ['start', 'y', 'z', 3, 4, 5, 100]
# expect: ['a', 1, 'b', 3, 'c', 5, 'd', 7]
# expect: ValueError: attempt to assign sequence of size 2 to extended slice of size 4
# expect: [7, 8]
