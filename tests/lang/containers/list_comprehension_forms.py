# List, set and dict comprehensions with several for/if clauses.
print [x * y for x in range(1, 4) for y in range(x) if (x + y) % 2]
print [(a, b) for a in 'ab' if a != 'c' for b in 'xy' if b != 'x']
print sorted({c for c in 'mississippi'})
print sorted({k: len(k) for k in ['aa', 'b', 'ccc']}.items())
print [[c for c in w] for w in ['ab', 'c']]
print [x for x in range(10) if x % 2 if x % 3]
x = 'before'
[x for x in range(3)]
print x
# expect: [0, 2, 0, 6]
# expect: [('a', 'y'), ('b', 'y')]
# expect: ['i', 'm', 'p', 's']
# expect: [('aa', 2), ('b', 1), ('ccc', 3)]
# expect: [['a', 'b'], ['c']]
# expect: [1, 5, 7]
# expect: 2
