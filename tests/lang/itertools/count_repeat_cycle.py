# count, repeat and cycle, with islice to stop them.
from itertools import count, repeat, cycle, islice
print list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(2.5, 0.5), 3))
print count(5), count(1, -2), repeat('x', 2), count(1.5)
print list(repeat('ab', 3)), list(repeat(1, 0)), list(islice(repeat(7), 3))
print list(islice(cycle('abc'), 7)), list(cycle([]))
c = count(3)
next(c)
print c, next(c)
# expect: [0, 1, 2, 3, 4] [10, 13, 16, 19] [2.5, 3.0, 3.5]
# expect: count(5) count(1, -2) repeat('x', 2) count(1.5)
# expect: ['ab', 'ab', 'ab'] [] [7, 7, 7]
# expect: ['a', 'b', 'c', 'a', 'b', 'c', 'a'] []
# expect: count(4) 4
