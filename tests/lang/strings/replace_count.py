# replace and count.
s = 'one two one two one'
print s.replace('one', '1')
print s.replace('one', '1', 2)
print s.replace('x', 'y')
print 'aaa'.replace('a', 'bb')
print s.count('one')
print s.count('o')
print s.count('zz')
print 'aaaa'.count('aa')
# expect: 1 two 1 two 1
# expect: 1 two 1 two one
# expect: one two one two one
# expect: bbbbbb
# expect: 3
# expect: 5
# expect: 0
# expect: 2
