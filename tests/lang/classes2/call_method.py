# __call__
class Adder(object):
    def __init__(self, n): self.n = n
    def __call__(self, x, y=0): return self.n + x + y
a = Adder(10)
print a(1), a(1, y=2), map(a, [1, 2]), callable(a), callable(Adder)
try:
    object()()
except TypeError as e:
    print e
# expect: 11 13 [11, 12] True True
# expect: 'object' object is not callable
