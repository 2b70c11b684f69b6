# functools.reduce and cmp_to_key.
from functools import reduce, cmp_to_key
print reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2])
def by_len_then_alpha(a, b):
    return cmp(len(a), len(b)) or cmp(a, b)
print sorted(['pear', 'fig', 'apple', 'kiwi'], key=cmp_to_key(by_len_then_alpha))
K = cmp_to_key(lambda a, b: b - a)
print sorted([1, 5, 3], key=K), K(1) < K(2), K(2) == K(2)
# expect: 120 10 9
# expect: ['fig', 'kiwi', 'pear', 'apple']
# expect: [5, 3, 1] False True
