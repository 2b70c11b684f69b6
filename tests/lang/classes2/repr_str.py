# __repr__ and __str__
class P(object):
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'P(%r, %r)' % (self.x, self.y)
class Q(P):
    def __str__(self): return '<%s,%s>' % (self.x, self.y)
p, q = P(1, 'a'), Q(2, 'b')
print p, repr(p), str(p), [p], (p,), '%s %r' % (p, p)
print q, repr(q), str(q), [q], '%s' % q
class Bad(object):
    def __repr__(self): return 5
try:
    repr(Bad())
except TypeError as e:
    print e
# expect: P(1, 'a') P(1, 'a') P(1, 'a') [P(1, 'a')] (P(1, 'a'),) P(1, 'a') P(1, 'a')
# expect: <2,b> P(2, 'b') <2,b> [P(2, 'b')] <2,b>
# expect: __repr__ returned non-string (type int)
