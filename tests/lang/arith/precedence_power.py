# ** binds tighter than unary minus on its left, looser on its right; it is right-associative.
print -2 ** 2
print (-2) ** 2
print 2 ** -1
print 2 ** 3 ** 2
print (2 ** 3) ** 2
print -2 ** -2
print 2 * 3 ** 2
print ~1 ** 2
# expect: -4
# expect: 4
# expect: 0.5
# expect: 512
# expect: 64
# expect: -0.25
# expect: 18
# expect: -2
