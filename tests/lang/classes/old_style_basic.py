# Classes without explicit bases (old-style in CPython 2) behave the same for simple use.
class Plain:
    kind = 'plain'
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
class Sub(Plain):
    def double(self):
        return Plain.double(self) + 1
p = Plain(3)
s = Sub(3)
print p.double(), s.double(), s.kind
print isinstance(s, Plain), isinstance(p, Sub)
# expect: 6 7 plain
# expect: True False
