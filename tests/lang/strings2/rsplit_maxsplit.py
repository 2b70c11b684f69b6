# rsplit from the right, with and without separator and maxsplit; split with maxsplit.
print 'a,b,c,d'.rsplit(',', 1)
print 'a,b,c,d'.rsplit(',', 2)
print 'a,b,c,d'.rsplit(',')
print '  one  two three  '.rsplit(None, 1)
print '  one  two three  '.rsplit()
print 'a b c'.split(None, 1), 'a b c'.split(' ', 0)
print 'x--y--z'.rsplit('--', 1), 'x--y--z'.split('--', 1)
print ''.rsplit(','), ''.rsplit()
print 'abc'.rsplit('abc'), ',,'.rsplit(',')
print 'a b'.rsplit(' ', -1)
# expect: ['a,b,c', 'd']
# expect: ['a,b', 'c', 'd']
# expect: ['a', 'b', 'c', 'd']
# expect: ['  one  two', 'three']
# expect: ['one', 'two', 'three']
# expect: ['a', 'b c'] ['a b c']
# expect: ['x--y', 'z'] ['x', 'y--z']
# expect: [''] []
# expect: ['', ''] ['', '', '']
# expect: ['a', 'b']
