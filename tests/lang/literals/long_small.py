# Long literals with small values (the only long test: values fit in 64 bits).
a = 5L
print a
print repr(a)
print a == 5
print 0xffL
print type(7l)
print str(10L)
# expect: 5
# expect: 5L
# expect: True
# expect: 255
# expect: <type 'long'>
# expect: 10
