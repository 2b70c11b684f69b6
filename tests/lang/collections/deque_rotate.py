# deque.rotate, reverse, count, remove, clear.
from collections import deque
d = deque(range(6))
d.rotate(2)
print d
d.rotate(-3)
print d
d.rotate(0)
d.rotate(13)
print d
d.reverse()
print d, d.count(3)
d.remove(3)
print d
d.clear()
print d, bool(d), len(d)
# expect: deque([4, 5, 0, 1, 2, 3])
# expect: deque([1, 2, 3, 4, 5, 0])
# expect: deque([0, 1, 2, 3, 4, 5])
# expect: deque([5, 4, 3, 2, 1, 0]) 1
# expect: deque([5, 4, 2, 1, 0])
# expect: deque([]) False 0
