# in and not in on lists, tuples, strings and dicts.
print 2 in [1, 2, 3]
print 4 in [1, 2, 3]
print 4 not in [1, 2, 3]
print 'b' in ('a', 'b')
print 'ell' in 'hello'
print 'x' not in 'hello'
print '' in 'abc'
d = {'k': 1}
print 'k' in d
print 1 in d
print 'z' not in d
print [1] in [[1], [2]]
print not 1 in [1]
# expect: True
# expect: False
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: False
# expect: True
# expect: True
# expect: False
