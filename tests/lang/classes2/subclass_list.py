# subclassing list
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4], s[0:2]
class Named(list):
    def __init__(self, name, items=()):
        list.__init__(self, items)
        self.name = name
n = Named('n', [3, 1, 2])
n.sort()
print n, n.name, sum(n)
class Logged(list):
    def __getitem__(self, i):
        print 'get', i
        return list.__getitem__(self, i)
    def __setitem__(self, i, v):
        print 'set', i, v
        list.__setitem__(self, i, v)
l = Logged([5, 6])
print l[1]
l[0] = 9
print l, [x for x in l]
# expect: [1, 2, 3] 3 3 Stack True [1, 2, 3, 4] [1, 2]
# expect: [1, 2, 3] n 6
# expect: get 1
# expect: 6
# expect: set 0 9
# expect: [9, 6] [9, 6]
