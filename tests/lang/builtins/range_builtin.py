# range and xrange with every argument form.
print range(4), range(1, 4), range(0, 10, 4), range(3, -3, -2)
print list(xrange(4)), list(xrange(1, 4)), list(xrange(0, 10, 4))
try:
    range(0, 5, 0)
except ValueError, e:
    print 'ValueError:', e
print sum(xrange(1000))
# expect: [0, 1, 2, 3] [1, 2, 3] [0, 4, 8] [3, 1, -1]
# expect: [0, 1, 2, 3] [1, 2, 3] [0, 4, 8]
# expect: ValueError: range() step argument must not be zero
# expect: 499500
