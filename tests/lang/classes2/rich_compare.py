# rich comparisons, reflected comparisons, NotImplemented
class V(object):
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __ne__(self, o): return not self == o
    def __lt__(self, o): return self.v < (o.v if isinstance(o, V) else o)
    def __le__(self, o): return self.v <= (o.v if isinstance(o, V) else o)
    def __gt__(self, o): return self.v > (o.v if isinstance(o, V) else o)
    def __ge__(self, o): return self.v >= (o.v if isinstance(o, V) else o)
a, b = V(1), V(2)
print a == b, a != b, a < b, a <= b, a > b, a >= b, a == V(1)
print a < 5, 5 > a, 0 < a, a in [V(1)], sorted([V(3), V(1), V(2)])[0].v
print max([V(3), V(9), V(2)]).v
class N(object):
    def __eq__(self, o): return NotImplemented
print N() == N(), N() == 3
# expect: False True True True False False True
# expect: True True True True 1
# expect: 9
# expect: False False
