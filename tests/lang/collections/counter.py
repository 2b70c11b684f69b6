# Counter: counting, most_common, elements, missing keys, update, arithmetic.
from collections import Counter
c = Counter('abracadabra')
print c.most_common(1), sorted(c.most_common(3))
print c['a'], c['z'], sorted(c.elements())
c.update('aaz')
print c['a'], c['z']
c.subtract({'a': 10})
print c['a']
x = Counter(a=3, b=1)
y = Counter(a=1, b=2)
print sorted((x + y).items()), sorted((x - y).items()), sorted((x | y).items()), sorted((x & y).items())
print Counter(), Counter({'q': 2})
print sorted(Counter(['x', 'y', 'x']).items())
# expect: [('a', 5)] [('a', 5), ('b', 2), ('r', 2)]
# expect: 5 0 ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r']
# expect: 7 1
# expect: -3
# expect: [('a', 4), ('b', 3)] [('a', 2)] [('a', 3), ('b', 2)] [('a', 1), ('b', 1)]
# expect: Counter() Counter({'q': 2})
# expect: [('x', 2), ('y', 1)]
