# +, *, +=, in and len on lists.
a = [1, 2]
b = a + [3]
print a, b
print a * 3
print [0] * 0
print 2 * ['x']
c = a
c += [9]
print a, c is a
print 9 in a, 10 in a
print len(a)
nested = [[0] * 2] * 2
nested[0][0] = 1
print nested
# expect: [1, 2] [1, 2, 3]
# expect: [1, 2, 1, 2, 1, 2]
# expect: []
# expect: ['x', 'x']
# expect: [1, 2, 9] True
# expect: True False
# expect: 3
# expect: [[1, 0], [1, 0]]
