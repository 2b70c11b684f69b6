# Compound statements whose suite is on the same line.
x = 3
if x > 2: print "big"
else: print "small"
for i in range(3): print i,
print
while x > 0: x -= 1
print x
def sq(n): return n * n
print sq(7)
class P(object): pass
p = P(); p.v = 4; print p.v
try: print 1 / 0
except ZeroDivisionError: print "caught"
# expect: big
# expect: 0 1 2
# expect: 0
# expect: 49
# expect: 4
# expect: caught
