# values.py: objects test_values.c inspects and converts from C.
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)
    def __str__(self):
        return '(%d, %d)' % (self.x, self.y)
    def norm1(self):
        return abs(self.x) + abs(self.y)

class Seven(object):
    def __int__(self):
        return 7

class Grid(object):
    def __getitem__(self, key):
        return key * 10
    def __len__(self):
        return 99

class Adder(object):
    def __call__(self, a, b):
        return a + b

class Falsy(object):
    def __nonzero__(self):
        return False

class BadRepr(object):
    def __repr__(self):
        raise ValueError('no repr for you')

p = Point(3, -4)
items = [1, 'two', 3.5, None, True]
config = {'name': 'rpyvm', 'level': 3}
pair = (p, 'x')
nested = {'list': [1, 2, 3], 'tuple': (4, 5)}
