# Concatenation, repetition, comparison, membership.
a = (1, 2)
b = (3,)
print a + b
print a * 2
print b * 0
print a < b, a == (1, 2), a != (2, 1)
print 2 in a, 5 not in a
print (1, (2, 3)) == (1, (2, 3))
c = a
c += (9,)
print a, c
# expect: (1, 2, 3)
# expect: (1, 2, 1, 2)
# expect: ()
# expect: True True True
# expect: True True
# expect: True
# expect: (1, 2) (1, 2, 9)
