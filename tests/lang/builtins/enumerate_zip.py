# enumerate and zip (zip returns a list).
print list(enumerate('abc'))
for i, c in enumerate(['x', 'y']):
    print i, c
print zip([1, 2, 3], 'abc')
print zip([1, 2], [3, 4], [5, 6])
print zip([1, 2, 3], [4])
print zip()
print dict(zip(['k'], ['v']))
# expect: [(0, 'a'), (1, 'b'), (2, 'c')]
# expect: 0 x
# expect: 1 y
# expect: [(1, 'a'), (2, 'b'), (3, 'c')]
# expect: [(1, 3, 5), (2, 4, 6)]
# expect: [(1, 4)]
# expect: []
# expect: {'k': 'v'}
