# list subclass with arithmetic, iteration and comparison overrides
class Vec(list):
    def __add__(self, o): return Vec(a + b for a, b in zip(self, o))
    def __mul__(self, k): return Vec(a * k for a in self)
    def __iter__(self):
        for x in list.__iter__(self):
            yield x
v = Vec([1, 2, 3])
print v + Vec([10, 20, 30]), v * 2, type(v * 2).__name__, list(v), v == [1, 2, 3], v > [1, 2]
print sorted(Vec([3, 1, 2])), [x for x in v], sum(v), len(v), 2 in v
# expect: [11, 22, 33] [2, 4, 6] Vec [1, 2, 3] True True
# expect: [1, 2, 3] [1, 2, 3] 6 3 True
