# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print list(product('ab', [0, 1])), list(product([1, 2], repeat=2))
print list(product()), list(product('ab', []))
print list(permutations('abc', 2)), len(list(permutations(range(5))))
print list(combinations(range(4), 2)), list(combinations('abc', 0)), list(combinations('ab', 3))
print list(cwr('abc', 2)), list(cwr([], 2)), list(cwr('a', 0))
print list(permutations([])), list(permutations('ab', 3))
# expect: [('a', 0), ('a', 1), ('b', 0), ('b', 1)] [(1, 1), (1, 2), (2, 1), (2, 2)]
# expect: [()] []
# expect: [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')] 120
# expect: [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)] [()] []
# expect: [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')] [] [()]
# expect: [()] []
