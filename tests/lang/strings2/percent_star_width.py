# * for width and precision taken from the argument tuple.
print '[%*d]' % (6, 42)
print '[%-*d]' % (6, 42)
print '[%.*f]' % (2, 3.14159)
print '[%*.*f]' % (10, 3, 2.71828)
print '[%*s|%-*s]' % (5, 'ab', 4, 'cd')
print '[%*d]' % (-5, 7)
print '[%.*s]' % (3, 'abcdef')
try:
    '%*d' % ('x', 1)
except TypeError, e:
    print 'TypeError:', e
# expect: [    42]
# expect: [42    ]
# expect: [3.14]
# expect: [     2.718]
# expect: [   ab|cd  ]
# expect: [7    ]
# expect: [abc]
# expect: TypeError: * wants int
