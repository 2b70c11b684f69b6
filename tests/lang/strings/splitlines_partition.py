# splitlines and partition.
print 'a\nb\nc'.splitlines()
print 'a\nb\n'.splitlines()
print ''.splitlines()
print 'one line'.splitlines()
print '\n\nx'.splitlines()
print 'key=value=x'.partition('=')
print 'novalue'.partition('=')
print 'a, b'.partition(', ')
# expect: ['a', 'b', 'c']
# expect: ['a', 'b']
# expect: []
# expect: ['one line']
# expect: ['', '', 'x']
# expect: ('key', '=', 'value=x')
# expect: ('novalue', '', '')
# expect: ('a', ', ', 'b')
