# print with several items separates them with single spaces.
print 1, 2, 3
print 'a', 'b'
print 'x', 1, 2.5, None, [1], (2,), True
print 'concat' + 'enated', 'and', 'spaced'
print
print ''
print '', ''
# expect: 1 2 3
# expect: a b
# expect: x 1 2.5 None [1] (2,) True
# expect: concatenated and spaced
# expect:
# expect:
# expect:  
