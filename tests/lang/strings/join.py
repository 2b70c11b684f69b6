# str.join.
print ', '.join(['a', 'b', 'c'])
print ''.join(['x', 'y'])
print '-'.join([])
print '-'.join(['only'])
print ' '.join('abc')
print '+'.join(('1', '2'))
print '/'.join([str(i) for i in range(4)])
# expect: a, b, c
# expect: xy
# expect:
# expect: only
# expect: a b c
# expect: 1+2
# expect: 0/1/2/3
