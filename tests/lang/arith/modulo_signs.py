# The result of % has the sign of the divisor.
print 7 % 3
print -7 % 3
print 7 % -3
print -7 % -3
print 0 % 5
print 7.5 % 2
print -7.5 % 2
print 7.5 % -2
print 10 % 10
# expect: 1
# expect: 2
# expect: -2
# expect: -1
# expect: 0
# expect: 1.5
# expect: 0.5
# expect: -0.5
# expect: 0
