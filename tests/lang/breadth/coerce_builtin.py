# coerce(x, y): numeric pairs converted to a common type; __coerce__ on instances.
print coerce(1, 2), coerce(1, 2.5), coerce(1.5, 2), coerce(1, 2L), coerce(1, True), coerce(1, 2j)
class Money(object):
    def __init__(self, v):
        self.v = v
    def __coerce__(self, other):
        return (self.v, other)
print coerce(Money(7), 3), coerce(3, Money(8))
for args in [('a', 1), (1, None), ([], [])]:
    try:
        coerce(*args)
    except TypeError, e:
        print 'TypeError:', e
# expect: (1, 2) (1.0, 2.5) (1.5, 2.0) (1L, 2L) (1, True) ((1+0j), 2j)
# expect: (7, 3) (3, 8)
# expect: TypeError: number coercion failed
# expect: TypeError: number coercion failed
