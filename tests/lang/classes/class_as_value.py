# Classes are values: passed around and called to create instances.
class A(object):
    def __init__(self):
        self.kind = 'A'
class B(object):
    def __init__(self):
        self.kind = 'B'
def build(cls):
    return cls()
print [build(c).kind for c in [A, B, A]]
registry = {'a': A, 'b': B}
print registry['b']().kind
k = A
print isinstance(k(), A)
# expect: ['A', 'B', 'A']
# expect: B
# expect: True
