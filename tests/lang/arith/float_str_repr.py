# str() uses 12 significant digits, repr() the shortest round-tripping form.
print str(1.0 / 3)
print repr(1.0 / 3)
print 1.0 / 3
print repr(0.1 + 0.2)
print 0.1 + 0.2
print str(2.0 / 3)
print repr(2.0 / 3)
print repr(1.5)
print str(1e100)
print repr(1e-10)
print [0.1, 1.0 / 3]
print (1.0 / 3,)
# expect: 0.333333333333
# expect: 0.3333333333333333
# expect: 0.333333333333
# expect: 0.30000000000000004
# expect: 0.3
# expect: 0.666666666667
# expect: 0.6666666666666666
# expect: 1.5
# expect: 1e+100
# expect: 1e-10
# expect: [0.1, 0.3333333333333333]
# expect: (0.3333333333333333,)
