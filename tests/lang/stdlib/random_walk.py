# A seeded simulation using random, itertools and heapq.
import random, heapq, itertools
random.seed(1)
pos = 0
path = []
for step in itertools.islice(itertools.count(), 20):
    pos += random.choice((-1, 1))
    path.append(pos)
print path
print heapq.nlargest(3, path), min(path), max(path)
print ['{:+.3f}'.format(random.gauss(0, 1)) for i in range(3)]
# expect: [-1, 0, 1, 0, -1, -2, -1, 0, -1, -2, -1, -2, -1, -2, -3, -2, -3, -2, -1, -2]
# expect: [1, 0, 0] -3 1
# expect: ['+1.233', '+0.199', '+0.909']
