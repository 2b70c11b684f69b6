# Tuple and single-value right operands.
print '%s' % 5
print '%s' % (5,)
print '%s and %s' % ('a', 'b')
print '%s' % ((1, 2),)
print '%s' % [1, 2]
print 'no args here' % ()
x = 'name'
print 'hello %s!' % x
t = (1, 2, 3)
print '%d-%d-%d' % t
try:
    print '%d %d' % (1,)
except TypeError, e:
    print 'TypeError:', e
try:
    print '%d' % (1, 2)
except TypeError, e:
    print 'TypeError:', e
# expect: 5
# expect: 5
# expect: a and b
# expect: (1, 2)
# expect: [1, 2]
# expect: no args here
# expect: hello name!
# expect: 1-2-3
# expect: TypeError: not enough arguments for format string
# expect: TypeError: not all arguments converted during string formatting
