# startswith/endswith with tuples of prefixes and start/end positions.
s = 'filename.tar.gz'
print s.startswith(('file', 'dir')), s.startswith(('x', 'y'))
print s.endswith(('.gz', '.bz2')), s.endswith('.tar', 0, 12)
print s.startswith('name', 4), s.startswith('name', 5), s.endswith('file', 0, 4)
print 'abc'.startswith(''), 'abc'.endswith(''), ''.startswith('')
print 'abc'.startswith('abcd'), 'abc'.endswith('c', -1), 'abc'.startswith('b', -2)
try:
    'abc'.startswith(['a'])
except TypeError, e:
    print 'TypeError:', e
# expect: True False
# expect: True True
# expect: True False True
# expect: True True True
# expect: False True True
# expect: TypeError: startswith first arg must be str, unicode, or tuple, not list
