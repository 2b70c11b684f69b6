# defaultdict repr, default_factory, __missing__, copy.
from collections import defaultdict
d = defaultdict(list)
print d, d.default_factory
d['a'].append(1)
print d
n = defaultdict(None, {1: 2})
print n
try:
    n[5]
except KeyError as e:
    print 'KeyError', e
d2 = d.copy()
d2['b'].append(2)
print sorted(d.items()), sorted(d2.items()), type(d2).__name__
print d.__missing__('z'), sorted(d.keys())
try:
    defaultdict(5)
except TypeError as e:
    print e
print isinstance(d, dict), defaultdict(lambda: 'x')['k']
# expect: defaultdict(<type 'list'>, {}) <type 'list'>
# expect: defaultdict(<type 'list'>, {'a': [1]})
# expect: defaultdict(None, {1: 2})
# expect: KeyError 5
# expect: [('a', [1])] [('a', [1]), ('b', [2])] defaultdict
# expect: [] ['a', 'z']
# expect: first argument must be callable or None
# expect: True x
