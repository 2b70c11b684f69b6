# __cmp__ drives all comparisons and sorting
class C(object):
    def __init__(self, k): self.k = k
    def __cmp__(self, o):
        return cmp(self.k, o.k if isinstance(o, C) else o)
    def __repr__(self): return 'C(%d)' % self.k
xs = [C(3), C(1), C(2)]
print sorted(xs), min(xs), max(xs)
print C(1) < C(2), C(2) == C(2), C(3) >= 4, cmp(C(5), C(4)), C(1) == 1
xs.sort(reverse=True)
print xs
# expect: [C(1), C(2), C(3)] C(1) C(3)
# expect: True True False 1 True
# expect: [C(3), C(2), C(1)]
