# Chained assignment binds every target to the same object.
a = b = c = []
a.append(1)
print a, b, c
x = y = 5
y += 1
print x, y
d = {}
d['k'] = e = 'v'
print d, e
i = j = 0
print i, j
# expect: [1] [1] [1]
# expect: 5 6
# expect: {'k': 'v'} v
# expect: 0 0
