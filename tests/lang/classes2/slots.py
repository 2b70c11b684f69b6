# __slots__ restricts instance attributes
class P(object):
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2)
print p.x, p.y
p.x = 10
print p.x
try:
    p.z = 3
except AttributeError as e:
    print 'AttributeError', e
class Q(P):
    __slots__ = ['z']
q = Q(1, 2)
q.z = 3
print q.z
try:
    q.w = 4
except AttributeError as e:
    print 'AttributeError', e
class Free(P):
    pass
f = Free(1, 2)
f.anything = 5
print f.anything
class One(object):
    __slots__ = 'only'
o = One()
o.only = 1
print o.only
# expect: 1 2
# expect: 10
# expect: AttributeError 'P' object has no attribute 'z'
# expect: 3
# expect: AttributeError 'Q' object has no attribute 'w'
# expect: 5
# expect: 1
