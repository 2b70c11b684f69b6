# groupby over sorted data, with and without a key.
from itertools import groupby
print [(k, list(g)) for k, g in groupby('aaabbcaa')]
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda s: s[0])
for letter, words in groupby(data, key=lambda s: s[0]):
    print letter, list(words)
print [k for k, g in groupby([1, 1, 2, 3, 3, 3])], [len(list(g)) for k, g in groupby([1, 1, 2, 3, 3, 3])]
groups = list(groupby('aabb'))
print [(k, list(g)) for k, g in groups]
# expect: [('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a', 'a'])]
# expect: a ['apple', 'avocado']
# expect: b ['banana', 'blueberry']
# expect: c ['cherry']
# expect: [1, 2, 3] [2, 1, 3]
# expect: [('a', []), ('b', ['b'])]
