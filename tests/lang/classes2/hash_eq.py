# __hash__ and __eq__ for dict keys and sets; __hash__ = None is unhashable
class K(object):
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, K) and o.k == self.k
d = {K(1): 'one', K(2): 'two'}
print d[K(1)], K(2) in d, K(3) in d, len(set([K(1), K(1), K(2)]))
class U(object):
    __hash__ = None
try:
    hash(U())
except TypeError as e:
    print e
try:
    {U(): 1}
except TypeError as e:
    print e
class H(object):
    def __hash__(self): return 2 ** 70
print hash(H()) == hash(2 ** 70)
# expect: one True False 2
# expect: unhashable type: 'U'
# expect: unhashable type: 'U'
# expect: True
