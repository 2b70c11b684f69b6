# One-element tuples need a trailing comma; (x) is just x.
t = (1,)
print t
print len(t)
print (1)
print ('a',)
u = 2,
print u
print [(3,)]
print tuple([4])
print str((5,))
# expect: (1,)
# expect: 1
# expect: 1
# expect: ('a',)
# expect: (2,)
# expect: [(3,)]
# expect: (4,)
# expect: (5,)
