# The // operator on ints and floats.
print 7 // 2
print -7 // 2
print 7 // -2
print 7.0 // 2
print -7.0 // 2
print 7.5 // 2.5
print 1 // 3.0
# expect: 3
# expect: -4
# expect: -4
# expect: 3.0
# expect: -4.0
# expect: 3.0
# expect: 0.0
