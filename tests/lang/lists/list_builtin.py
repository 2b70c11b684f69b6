# list() from strings, tuples, lists, dicts (keys) and xrange.
print list()
print list('abc')
print list((1, 2))
print list([3, 4])
print sorted(list({'x': 1, 'y': 2}))
print list(xrange(3))
# expect: []
# expect: ['a', 'b', 'c']
# expect: [1, 2]
# expect: [3, 4]
# expect: ['x', 'y']
# expect: [0, 1, 2]
