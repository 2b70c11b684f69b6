# subclassing tuple
class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def __repr__(self): return 'Pair%s' % (tuple.__repr__(self),)
p = Pair(1, 2)
print p, p.first, len(p), p + (3,), type(p).__name__, isinstance(p, tuple), p == (1, 2)
a, b = p
print a, b, hash(p) == hash((1, 2)), sorted([Pair(2, 1), Pair(1, 5)])
# expect: Pair(1, 2) 1 2 (1, 2, 3) Pair True True
# expect: 1 2 True [Pair(1, 5), Pair(2, 1)]
