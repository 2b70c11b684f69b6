# Objects made and dropped in a loop (class calls inlined with __init__): the
# results are those of the interpreter, with sunk allocations materialised
# when guards fail.
# jit: threshold=5,trace_eagerness=5
class V(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return V(self.x + o.x, self.y + o.y)

def f(n):
    acc = V(0, 0)
    one = V(1, 2)
    for i in range(n):
        acc = acc.add(one)
        if i == n - 3:
            keep = acc
    return acc.x, acc.y, keep.x

print f(1000)
print f(10)
# expect: (1000, 2000, 998)
# expect: (10, 20, 8)
