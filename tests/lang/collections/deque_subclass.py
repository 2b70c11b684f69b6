# A deque subclass with extra methods.
from collections import deque
class Queue(deque):
    def push(self, x):
        self.append(x)
    def take(self):
        return self.popleft()
q = Queue([1, 2])
q.push(3)
print q.take(), len(q), list(q), isinstance(q, deque)
# expect: 1 2 [2, 3] True
