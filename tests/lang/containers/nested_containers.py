# Nested containers: aliasing through repetition, deep comparisons and copies by slicing.
grid = [[0] * 3] * 2
grid[0][0] = 'shared'
print grid
grid = [[0] * 3 for i in range(2)]
grid[0][0] = 'own'
print grid
a = [1, [2, 3]]
b = a[:]
b[1].append(4)
b[0] = 'changed'
print a, b
c = list(a)
print c == a, c is a, c[1] is a[1]
l = [1, 2]
l.append(l)
print l
d = {'self': None}
d['self'] = d
print d
# expect: [['shared', 0, 0], ['shared', 0, 0]]
# expect: [['own', 0, 0], [0, 0, 0]]
# expect: [1, [2, 3, 4]] ['changed', [2, 3, 4]]
# expect: True False True
# expect: [1, 2, [...]]
# expect: {'self': {...}}
