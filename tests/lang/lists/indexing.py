# Indexing, negative indices, assignment, IndexError.
a = ['a', 'b', 'c']
print a[0], a[-1], a[-3]
a[1] = 'B'
a[-1] = 'C'
print a
try:
    print a[3]
except IndexError, e:
    print 'IndexError:', e
try:
    a[-4] = 0
except IndexError, e:
    print 'IndexError:', e
m = [[1, 2], [3, 4]]
m[1][0] += 10
print m
# expect: a c a
# expect: ['a', 'B', 'C']
# expect: IndexError: list index out of range
# expect: IndexError: list assignment index out of range
# expect: [[1, 2], [13, 4]]
