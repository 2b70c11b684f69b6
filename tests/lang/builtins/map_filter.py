# map and filter return lists.
print map(str, [1, 2, 3])
print map(lambda x: x + 1, (1, 2))
print map(len, ['a', 'bb'])
print filter(lambda x: x % 2, range(10))
print filter(None, [0, 1, '', 'a', None, [], [0]])
def big(v):
    return v > 2
print filter(big, [1, 5, 2, 7])
print map(lambda a, b: a * b, [1, 2], [3, 4])
# expect: ['1', '2', '3']
# expect: [2, 3]
# expect: [1, 2]
# expect: [1, 3, 5, 7, 9]
# expect: [1, 'a', [0]]
# expect: [5, 7]
# expect: [3, 8]
