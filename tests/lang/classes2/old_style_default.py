# classes without an explicit base behave as new-style here where it matters
class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'A(%r)' % self.v
    def __eq__(self, o): return self.v == o.v
    def __len__(self): return self.v
a = A(3)
print a, [a], a == A(3), len(a), bool(A(0))
# expect: A(3) [A(3)] True 3 False
