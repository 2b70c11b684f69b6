# The dict() builtin: empty, from pairs, keyword form, copy.
print dict()
print dict([('a', 1)])
d = dict(x=1, y=2)
print sorted(d.items())
e = dict(d)
e['x'] = 100
print d['x'], e['x']
print sorted(dict([(i, i * i) for i in range(4)]).items())
# expect: {}
# expect: {'a': 1}
# expect: [('x', 1), ('y', 2)]
# expect: 1 100
# expect: [(0, 0), (1, 1), (2, 4), (3, 9)]
