# in-place operators: __iadd__ & co, falling back to __add__
class Acc(object):
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
class Plain(object):
    def __init__(self, v): self.v = v
    def __add__(self, o): return Plain(self.v + o)
a = Acc()
b = a
a += 1; a += 2; a -= 1; a *= 2
print a.items, a is b
p = Plain(1)
q = p
p += 5
print p.v, q.v, p is q
x = [1]
y = x
x += [2]
print y
# expect: [2, 2] True
# expect: 6 1 False
# expect: [1, 2]
