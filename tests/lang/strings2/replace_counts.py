# replace with a count, empty patterns, and replacing in empty strings.
print 'aaaa'.replace('a', 'b', 2)
print 'abc'.replace('', '-')
print 'abc'.replace('', '-', 2)
print ''.replace('', 'x')
print 'hello'.replace('l', '')
print 'aaa'.replace('aa', 'b')
print 'abc'.replace('x', 'y'), 'abab'.replace('ab', 'ba', 0)
print 'a.b.c'.replace('.', '::', -1)
# expect: bbaa
# expect: -a-b-c-
# expect: -a-bc
# expect: x
# expect: heo
# expect: ba
# expect: abc abab
# expect: a::b::c
