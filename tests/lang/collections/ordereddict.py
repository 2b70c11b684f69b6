# OrderedDict keeps insertion order; popitem, equality, repr.
from collections import OrderedDict
od = OrderedDict()
od['z'] = 1
od['a'] = 2
od['m'] = 3
print od, od.keys()
od['z'] = 9
print od.items()
del od['a']
od['a'] = 5
print od
print od.popitem(), od.popitem(last=False), od
a = OrderedDict([(1, 1), (2, 2)])
b = OrderedDict([(2, 2), (1, 1)])
print a == b, a == dict(b), OrderedDict()
print OrderedDict.fromkeys('abc', 0)
# expect: OrderedDict([('z', 1), ('a', 2), ('m', 3)]) ['z', 'a', 'm']
# expect: [('z', 9), ('a', 2), ('m', 3)]
# expect: OrderedDict([('z', 9), ('m', 3), ('a', 5)])
# expect: ('a', 5) ('z', 9) OrderedDict([('m', 3)])
# expect: False True OrderedDict()
# expect: OrderedDict([('a', 0), ('b', 0), ('c', 0)])
