# No space is added after an item that ends with a newline, nor before the next print.
print 'line\n',
print 'next'
print 'tab\t',
print 'after tab'
print 'a', 'b\n',
print 'c'
print 'end ',
print 'space'
# expect: line
# expect: next
# expect: tab	after tab
# expect: a b
# expect: c
# expect: end  space
