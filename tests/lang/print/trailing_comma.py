# A trailing comma suppresses the newline; the next print adds a space first (softspace).
print 'a',
print 'b'
for i in range(5):
    print i,
print
print 'x',
print
print 'y'
# expect: a b
# expect: 0 1 2 3 4
# expect: x
# expect: y
