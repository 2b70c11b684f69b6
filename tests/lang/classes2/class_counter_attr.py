# class attributes shared across instances, shadowed by instance attributes
class C(object):
    n = 0
    items = []
    def __init__(self):
        C.n += 1
        self.items.append(C.n)
a, b = C(), C()
print C.n, a.n, b.items, a.items is b.items
a.n = 'own'
print a.n, b.n, C.n
del a.n
print a.n
# expect: 2 2 [1, 2] True
# expect: own 2 2
# expect: 2
