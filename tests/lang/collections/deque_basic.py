# deque: appends and pops at both ends, len, indexing, repr.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print d, len(d), d[0], d[-1], d[2]
print d.pop(), d.popleft(), d
d.extend('ab')
d.extendleft([8, 9])
print d
d[1] = 'x'
del d[0]
print d, 'x' in d, 5 in d
print deque(), deque('abc'), list(deque(xrange(4)))
# expect: deque([0, 1, 2, 3, 4]) 5 0 4 2
# expect: 4 0 deque([1, 2, 3])
# expect: deque([9, 8, 1, 2, 3, 'a', 'b'])
# expect: deque(['x', 1, 2, 3, 'a', 'b']) True False
# expect: deque([]) deque(['a', 'b', 'c']) [0, 1, 2, 3]
