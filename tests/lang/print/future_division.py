from __future__ import division
# True division with the __future__ import; // still floors.
print 7 / 2
print -7 / 2
print 6 / 3
print 7 // 2
print -7 // 2
print 1 / 4
x = 9
x /= 2
print x
# expect: 3.5
# expect: -3.5
# expect: 2.0
# expect: 3
# expect: -4
# expect: 0.25
# expect: 4.5
