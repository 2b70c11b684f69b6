# Extended slice assignment needs the exact length; negative steps go backwards.
l = range(8)
l[::3] = [-1, -2, -3]
print l
l[::-2] = 'abcd'
print l
try:
    l[::2] = [1, 2]
except ValueError, e:
    print 'ValueError:', e
l[1::10] = ['only']
print l
m = range(5)
m[::-1] = m
print m
n = range(4)
n[:] = n
print n
# expect: [-1, 1, 2, -2, 4, 5, -3, 7]
# expect: [-1, 'd', 2, 'c', 4, 'b', -3, 'a']
# expect: ValueError: attempt to assign sequence of size 2 to extended slice of size 4
# expect: [-1, 'only', 2, 'c', 4, 'b', -3, 'a']
# expect: [4, 3, 2, 1, 0]
# expect: [0, 1, 2, 3]
