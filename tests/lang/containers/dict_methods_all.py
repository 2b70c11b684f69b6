# Every dict method, printing sorted views so the order does not matter.
d = dict(a=1, b=2)
print sorted(d.keys()), sorted(d.values()), sorted(d.items())
print d.get('a'), d.get('z'), d.get('z', 0)
print d.setdefault('c', 3), d.setdefault('a', 100), sorted(d.items())
print d.pop('c'), d.pop('zz', 'default')
print d.has_key('a'), d.has_key('c'), 'b' in d
e = d.copy()
e['new'] = 1
print sorted(d), sorted(e)
k, v = d.popitem()
print k in ('a', 'b'), len(d)
d.clear()
print d, len(d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print sorted(d.items())
print sorted(dict.fromkeys('abc').items()), sorted(dict.fromkeys([1, 2], 0).items())
print sorted(d.iterkeys()), sorted(d.itervalues()), sorted(d.iteritems())
print sorted(d.viewkeys()), sorted(d.viewitems())
# expect: ['a', 'b'] [1, 2] [('a', 1), ('b', 2)]
# expect: 1 None 0
# expect: 3 1 [('a', 1), ('b', 2), ('c', 3)]
# expect: 3 default
# expect: True False True
# expect: ['a', 'b'] ['a', 'b', 'new']
# expect: True 1
# expect: {} 0
# expect: [('x', 1), ('y', 2), ('z', 3)]
# expect: [('a', None), ('b', None), ('c', None)] [(1, 0), (2, 0)]
# expect: ['x', 'y', 'z'] [1, 2, 3] [('x', 1), ('y', 2), ('z', 3)]
# expect: ['x', 'y', 'z'] [('x', 1), ('y', 2), ('z', 3)]
