# A priority queue of (priority, name) tuples.
import heapq
pq = []
for item in [(3, 'write'), (1, 'plan'), (4, 'test'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(pq, item)
while pq:
    print heapq.heappop(pq)
# expect: (1, 'coffee')
# expect: (1, 'plan')
# expect: (2, 'code')
# expect: (3, 'write')
# expect: (4, 'test')
