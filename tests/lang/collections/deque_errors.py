# deque error messages.
from collections import deque
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3],
          lambda: deque([1]).remove(2), lambda: deque([], -1), lambda: hash(deque())]:
    try:
        f()
    except Exception as e:
        print type(e).__name__
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print e
# expect: IndexError
# expect: IndexError
# expect: IndexError
# expect: ValueError
# expect: ValueError
# expect: TypeError
# expect: deque mutated during iteration
