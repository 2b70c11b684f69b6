# __pow__ with a modulus, __rpow__
class M(object):
    def __init__(self, v): self.v = v
    def __pow__(self, e, m=None):
        if m is None: return ('pow', self.v, e)
        return ('powmod', self.v, e, m)
    def __rpow__(self, b): return ('rpow', b, self.v)
print M(2) ** 3, pow(M(2), 3), pow(M(2), 3, 5), 2 ** M(3)
# expect: ('pow', 2, 3) ('pow', 2, 3) ('powmod', 2, 3, 5) ('rpow', 2, 3)
