# defaultdict with int, list and set factories.
from collections import defaultdict
counts = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print sorted(counts.items())
groups = defaultdict(list)
for name in ['ann', 'bob', 'al', 'beth', 'cy']:
    groups[name[0]].append(name)
print sorted(groups.items())
s = defaultdict(set)
s['x'].add(1)
s['x'].add(1)
print dict(s), len(s), 'y' in s, s.get('y')
# expect: [('and', 2), ('bat', 1), ('cat', 1), ('hat', 1), ('the', 3)]
# expect: [('a', ['ann', 'al']), ('b', ['bob', 'beth']), ('c', ['cy'])]
# expect: {'x': set([1])} 1 False None
