# del d[k], len, assignment to existing keys.
d = {}
d['a'] = 1
d['b'] = 2
d['a'] = 3
print len(d), d['a']
del d['a']
print d
try:
    del d['nope']
except KeyError, e:
    print 'KeyError:', e
print len(d)
# expect: 2 3
# expect: {'b': 2}
# expect: KeyError: 'nope'
# expect: 1
