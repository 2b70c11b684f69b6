# Multiplicative before additive, left associativity, unary operators.
print 1 + 2 * 3
print (1 + 2) * 3
print 10 - 4 - 3
print 100 / 10 / 5
print 2 * 3 % 4
print 7 % 4 * 2
print - - 3
print -3 + +2
print 1 - -1
print 8 // 3 * 3
# expect: 7
# expect: 9
# expect: 3
# expect: 2
# expect: 2
# expect: 6
# expect: 3
# expect: -1
# expect: 2
# expect: 6
