# for loops with tuple targets, including nested ones.
pairs = [(1, 'a'), (2, 'b')]
for n, s in pairs:
    print n, s
for i, (n, s) in enumerate(pairs):
    print i, n, s
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print a + b + c
for x, y in zip('ab', 'cd'):
    print x + y
for k, v in sorted({'k1': 1, 'k2': 2}.items()):
    print k, v
print n, s
# expect: 1 a
# expect: 2 b
# expect: 0 1 a
# expect: 1 2 b
# expect: 6
# expect: 15
# expect: ac
# expect: bd
# expect: k1 1
# expect: k2 2
# expect: 2 b
