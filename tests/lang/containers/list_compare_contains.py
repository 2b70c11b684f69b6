# List comparisons are lexicographic; in uses ==; equal lists of different identity.
print [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9]
print [1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2]] == [1, [2]]
print 2 in [1, 2.0], 'a' in ['abc'], [1] in [[1], 2], None in [0, False]
a = [1, 2]
b = [1, 2]
print a == b, a is b, a != b
print max([[1, 2], [1, 3], [0, 9]]), min([(2, 'a'), (1, 'z')])
print cmp([1, 2], [1, 3]), cmp([3], [1, 2]), cmp([], [])
# expect: True True True True
# expect: True False True
# expect: True False True False
# expect: True False False
# expect: [1, 3] (1, 'z')
# expect: -1 1 0
