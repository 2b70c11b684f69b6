# str.split without a separator splits on runs of whitespace.
print 'a b  c'.split()
print '  leading and trailing  '.split()
print 'tabs\tand\nnewlines'.split()
print ''.split()
print '   '.split()
print 'one'.split()
print 'a b c d'.split(None, 2)
# expect: ['a', 'b', 'c']
# expect: ['leading', 'and', 'trailing']
# expect: ['tabs', 'and', 'newlines']
# expect: []
# expect: []
# expect: ['one']
# expect: ['a', 'b', 'c d']
