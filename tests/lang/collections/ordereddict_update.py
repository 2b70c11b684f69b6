# OrderedDict.update is MutableMapping.update: its messages, __setitem__ overrides.
from collections import OrderedDict
d = OrderedDict()
d.update([('a', 1)], b=2)
d.update({'c': 3})
class K(object):
    def keys(self): return ['k']
    def __getitem__(self, k): return 9
d.update(K())
print d.items()
try:
    d.update([], [])
except TypeError as e:
    print e
try:
    OrderedDict.update()
except TypeError as e:
    print e
print OrderedDict([('x', 1)], y=2).items()
from collections import MutableMapping
class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v * 10
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M()
m.update({'a': 1}, b=2)
print sorted(m.d.items())
try:
    m.update(1, 2)
except TypeError as e:
    print e
class Loud(OrderedDict):
    def __setitem__(self, k, v):
        print 'set', k
        OrderedDict.__setitem__(self, k, v)
Loud([('p', 1)]).update(q=2)
# expect: [('a', 1), ('b', 2), ('c', 3), ('k', 9)]
# expect: update expected at most 1 arguments, got 2
# expect: unbound method update() must be called with OrderedDict instance as first argument (got nothing instead)
# expect: [('x', 1), ('y', 2)]
# expect: [('a', 10), ('b', 20)]
# expect: update expected at most 1 arguments, got 2
# expect: set p
# expect: set q
