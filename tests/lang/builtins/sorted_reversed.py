# sorted (with key and reverse) and reversed.
print sorted([3, 1, 2])
print sorted('cab')
print sorted([3, 1, 2], reverse=True)
print sorted(['bb', 'a', 'ccc'], key=len)
print sorted(['bb', 'a', 'ccc'], key=len, reverse=True)
print sorted((2, 1))
a = [1, 2, 3]
print list(reversed(a)), a
print list(reversed('abc'))
print list(reversed((1, 2)))
for x in reversed(range(3)):
    print x,
print
# expect: [1, 2, 3]
# expect: ['a', 'b', 'c']
# expect: [3, 2, 1]
# expect: ['a', 'bb', 'ccc']
# expect: ['ccc', 'bb', 'a']
# expect: [1, 2]
# expect: [3, 2, 1] [1, 2, 3]
# expect: ['c', 'b', 'a']
# expect: [2, 1]
# expect: 2 1 0
