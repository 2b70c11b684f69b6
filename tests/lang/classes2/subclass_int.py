# subclassing int
class MyInt(int):
    def double(self): return MyInt(self * 2)
    def __repr__(self): return 'MyInt(%d)' % self
x = MyInt(21)
print x, repr(x), x.double(), x + 1, type(x + 1).__name__, type(x).__name__
print isinstance(x, int), x == 21, hash(x) == hash(21), int(x), float(x), -x, abs(MyInt(-3))
print [10, 20, 30][MyInt(1)], range(MyInt(3)), '%d' % x, str(x), x < 22
d = {21: 'found'}
print d[x]
class Pos(int):
    def __new__(cls, v):
        return int.__new__(cls, abs(v))
print Pos(-5), type(Pos(-5)).__name__
class Money(int):
    def __add__(self, o): return Money(int(self) + int(o))
    def __str__(self): return '$%d' % int(self)
print Money(5) + 3, type(Money(5) + 3).__name__, 3 + Money(5)
x.label = 'tag'
print x.label
print MyInt('12') + 1, MyInt('ff', 16)
# expect: 21 MyInt(21) 42 22 int MyInt
# expect: True True True 21 21.0 -21 3
# expect: 20 [0, 1, 2] 21 21 True
# expect: found
# expect: 5 Pos
# expect: $8 Money 8
# expect: tag
# expect: 13 255
