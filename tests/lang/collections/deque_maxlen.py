# deque with maxlen drops items from the other end.
from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print d
d.appendleft(-1)
print d, d.maxlen, deque([1]).maxlen
print deque('abcdef', 2), deque([], 0)
e = deque([1, 2, 3], maxlen=3)
e.extend([4, 5])
print e
# expect: deque([0], maxlen=3)
# expect: deque([0, 1], maxlen=3)
# expect: deque([0, 1, 2], maxlen=3)
# expect: deque([1, 2, 3], maxlen=3)
# expect: deque([2, 3, 4], maxlen=3)
# expect: deque([3, 4, 5], maxlen=3)
# expect: deque([-1, 3, 4], maxlen=3) 3 None
# expect: deque(['e', 'f'], maxlen=2) deque([], maxlen=0)
# expect: deque([3, 4, 5], maxlen=3)
