# namedtuple: fields, indexing, unpacking, repr, equality with tuples.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print p, p.x, p.y, p[0], p[-1], len(p)
x, y = p
print x + y, p == (1, 2), tuple(p), Point._fields
print Point(3, 4) + (5,), max(Point(1, 9))
Color = namedtuple('Color', 'red green blue')
print Color(1, 2, 3), Color._fields
# expect: Point(x=1, y=2) 1 2 1 2 2
# expect: 3 True (1, 2) ('x', 'y')
# expect: (3, 4, 5) 9
# expect: Color(red=1, green=2, blue=3) ('red', 'green', 'blue')
