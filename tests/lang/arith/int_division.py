# Python 2 / on integers floors, also for negative operands.
print 7 / 2
print -7 / 2
print 7 / -2
print -7 / -2
print 6 / 3
print 0 / 5
print 1 / 3
print -1 / 3
print 7.0 / 2
print 7 / 2.0
# expect: 3
# expect: -4
# expect: -4
# expect: 3
# expect: 2
# expect: 0
# expect: 0
# expect: -1
# expect: 3.5
# expect: 3.5
