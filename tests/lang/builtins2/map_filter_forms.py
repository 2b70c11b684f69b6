# map with several sequences (padded with None), map(None, ...), filter keeping str/tuple type.
print map(lambda a, b: (a, b), [1, 2, 3], 'ab')
print map(None, [1, 2], [3, 4, 5])
print map(None, 'abc')
print map(str, (1, 2)), map(len, ['a', 'bb'])
print filter(None, [0, 1, '', 'x', None, [], [0]])
print repr(filter(lambda c: c.isupper(), 'HeLLo')), filter(lambda x: x > 1, (1, 2, 3))
print filter(lambda x: x % 2, xrange(7)), filter(None, set([0, 3]))
print zip('ab', [1, 2], (True, False)), zip([1], [])
# expect: [(1, 'a'), (2, 'b'), (3, None)]
# expect: [(1, 3), (2, 4), (None, 5)]
# expect: ['a', 'b', 'c']
# expect: ['1', '2'] [1, 2]
# expect: [1, 'x', [0]]
# expect: 'HLL' (2, 3)
# expect: [1, 3, 5] [3]
# expect: [('a', 1, True), ('b', 2, False)] []
