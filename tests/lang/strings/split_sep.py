# str.split with a separator and maxsplit.
print 'a,b,,c'.split(',')
print 'a,b,c'.split(',', 1)
print 'a::b::c'.split('::')
print ''.split(',')
print ','.split(',')
print 'abc'.split('x')
print '1 2 3'.split(' ', 0)
print 'k=v=w'.split('=', 1)
# expect: ['a', 'b', '', 'c']
# expect: ['a', 'b,c']
# expect: ['a', 'b', 'c']
# expect: ['']
# expect: ['', '']
# expect: ['abc']
# expect: ['1 2 3']
# expect: ['k', 'v=w']
