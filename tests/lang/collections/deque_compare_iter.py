# deque comparisons, iteration, reversed, copy, +=.
from collections import deque
import copy
a = deque([1, 2, 3])
print a == deque([1, 2, 3]), a != deque([1, 2]), a < deque([1, 3]), a == [1, 2, 3]
print list(reversed(a)), [x * 2 for x in a], sum(a)
b = copy.copy(a)
b.append(4)
print a, b
a += [7, 8]
print a
c = deque([deque([1])])
print c, deque([[1, 2]])
# expect: True True True False
# expect: [3, 2, 1] [2, 4, 6] 6
# expect: deque([1, 2, 3]) deque([1, 2, 3, 4])
# expect: deque([1, 2, 3, 7, 8])
# expect: deque([deque([1])]) deque([[1, 2]])
