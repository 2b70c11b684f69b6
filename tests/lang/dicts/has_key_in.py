# has_key, in and not in.
d = {'a': 1, 2: 'b'}
print d.has_key('a'), d.has_key('b')
print 'a' in d, 2 in d, 'z' in d
print 'z' not in d
print 1 in d
# expect: True False
# expect: True True False
# expect: True
# expect: False
