# Binary integer literals.
print 0b101
print 0B11
print 0b0
print 0b11111111
print 0b1 << 4
print -0b1010
# expect: 5
# expect: 3
# expect: 0
# expect: 255
# expect: 16
# expect: -10
