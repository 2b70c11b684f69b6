# Dict displays, indexing and get.
d = {'a': 1, 'b': 2}
print d['a'], d['b']
print d.get('a')
print d.get('z')
print d.get('z', 0)
print {}
print {'one': 1}
print {1: 'int key'}
print {(1, 2): 'tuple key'}[(1, 2)]
print len(d)
# expect: 1 2
# expect: 1
# expect: None
# expect: 0
# expect: {}
# expect: {'one': 1}
# expect: {1: 'int key'}
# expect: tuple key
# expect: 2
