# update from another dict and from a list of pairs.
d = {'a': 1}
d.update({'b': 2, 'a': 10})
print sorted(d.items())
d.update([('c', 3)])
print sorted(d.items())
d.update({})
print len(d)
# expect: [('a', 10), ('b', 2)]
# expect: [('a', 10), ('b', 2), ('c', 3)]
# expect: 3
