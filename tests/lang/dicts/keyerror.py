# Missing keys raise KeyError whose str is the key's repr.
d = {'a': 1}
try:
    d['missing']
except KeyError, e:
    print 'KeyError:', e
try:
    d[42]
except KeyError, e:
    print 'KeyError:', e
try:
    {}[(1, 2)]
except KeyError, e:
    print 'caught', e.args
# expect: KeyError: 'missing'
# expect: KeyError: 42
# expect: caught ((1, 2),)
