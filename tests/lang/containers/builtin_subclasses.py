# Subclasses of list, tuple and str keep their methods; slicing returns the base type.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print s, s.peek(), len(s), type(s).__name__, s[1:], type(s[1:]).__name__
print s + [4], type(s + [4]).__name__, isinstance(s, list)

class Point(tuple):
    def x(self):
        return self[0]
p = Point((3, 4))
print p, p.x(), p[1], type(p).__name__, p == (3, 4)

class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print n, n.shout(), n + 'by', type(n + 'by').__name__, len(n), n == 'bob'
# expect: [1, 2, 3] 3 3 Stack [2, 3] list
# expect: [1, 2, 3, 4] list True
# expect: (3, 4) 3 4 Point True
# expect: bob BOB! bobby str 3 True
