# heapq: push, pop, heapify, replace, pushpop keep the heap invariant.
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print h
print [heapq.heappop(h) for i in range(3)], h
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print data
print heapq.heapreplace(data, 5), data
print heapq.heappushpop(data, 0), heapq.heappushpop(data, 6), data
try:
    heapq.heappop([])
except IndexError as e:
    print e
# expect: [1, 3, 2, 5, 9, 8, 7]
# expect: [1, 2, 3] [5, 8, 7, 9]
# expect: [1, 4, 2, 9, 8, 7]
# expect: 1 [2, 4, 5, 9, 8, 7]
# expect: 0 2 [4, 6, 5, 9, 8, 7]
# expect: index out of range
