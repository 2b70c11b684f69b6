# The ** operator.
print 2 ** 10
print 3 ** 0
print 0 ** 0
print (-2) ** 3
print 2 ** -2
print 10 ** -1
print 1.5 ** 2
print pow(2, 8)
print 7 ** 2 % 5
# expect: 1024
# expect: 1
# expect: 1
# expect: -8
# expect: 0.25
# expect: 0.1
# expect: 2.25
# expect: 256
# expect: 4
