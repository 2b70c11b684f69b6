# Python 2 orders mixed types: None < numbers < other types by name; tuples lexicographic.
print sorted([3, None, 1.5, 2, -1])
print sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1,)])
print sorted([[2], [1, 5], [1], []])
print sorted(['b', 'a', 'B', 'A', '1', ''])
print sorted([True, 0, False, 2, 1])
# expect: [None, -1, 1.5, 2, 3]
# expect: [(0, 'z'), (1,), (1, 'a'), (1, 'b')]
# expect: [[], [1], [1, 5], [2]]
# expect: ['', '1', 'A', 'B', 'a', 'b']
# expect: [0, False, True, 1, 2]
