# keys, values and items return lists (printed sorted).
d = {'x': 3, 'y': 1, 'z': 2}
print sorted(d.keys())
print sorted(d.values())
print sorted(d.items())
print type(d.keys())
print len(d.items())
print {}.keys(), {}.values(), {}.items()
# expect: ['x', 'y', 'z']
# expect: [1, 2, 3]
# expect: [('x', 3), ('y', 1), ('z', 2)]
# expect: <type 'list'>
# expect: 3
# expect: [] [] []
