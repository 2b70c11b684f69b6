# pop and setdefault.
d = {'a': 1, 'b': 2}
print d.pop('a')
print sorted(d.items())
print d.pop('zz', 'default')
try:
    d.pop('zz')
except KeyError, e:
    print 'KeyError:', e
print d.setdefault('b', 100)
print d.setdefault('c', [])
d.setdefault('c', []).append(5)
print d['c']
print sorted(d.keys())
# expect: 1
# expect: [('b', 2)]
# expect: default
# expect: KeyError: 'zz'
# expect: 2
# expect: []
# expect: [5]
# expect: ['b', 'c']
