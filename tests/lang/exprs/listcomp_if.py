# List comprehensions with one or more if clauses.
print [x for x in range(10) if x % 3 == 0]
print [x for x in range(20) if x % 2 if x % 3]
print [w for w in ['apple', 'kiwi', 'plum'] if 'p' in w]
print [x if x > 2 else 0 for x in range(5) if x != 3]
# expect: [0, 3, 6, 9]
# expect: [1, 5, 7, 11, 13, 17, 19]
# expect: ['apple', 'plum']
# expect: [0, 0, 0, 4]
