# Tuple and list unpacking in assignments, including nested targets.
a, b = 1, 2
print a, b
a, b = b, a
print a, b
x, (y, z) = 1, (2, 3)
print x, y, z
[p, q] = 'pq'
print p, q
(m, n), o = [4, 5], 6
print m, n, o
a, (b, (c, d)) = 1, [2, (3, 4)]
print a, b, c, d
t = 7, 8
u, v = t
print u + v
first, second, third = range(3)
print first, second, third
# expect: 1 2
# expect: 2 1
# expect: 1 2 3
# expect: p q
# expect: 4 5 6
# expect: 1 2 3 4
# expect: 15
# expect: 0 1 2
