# str.format: automatic and manual numbering, keywords, repeats, braces.
print '{} {} {}'.format('a', 'b', 'c')
print '{2} {1} {0}'.format('a', 'b', 'c')
print '{0}{1}{0}'.format('ab', 'cd')
print '{name} is {age}'.format(name='Ann', age=30)
print '{0} {x}'.format(1, x=2)
print '{{literal}} {0}'.format(5)
print '}}{{'.format()
print ''.format(), 'plain'.format(1, 2)
# expect: a b c
# expect: c b a
# expect: abcdab
# expect: Ann is 30
# expect: 1 2
# expect: {literal} 5
# expect: }{
# expect:  plain
