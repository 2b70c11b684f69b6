# Generator expressions and list comprehensions inside functions see enclosing variables.
def scale_all(items, factor):
    return list(x * factor for x in items), [x + factor for x in items]
print scale_all([1, 2, 3], 10)

def table(n):
    return [[(lambda r, c: r * c)(r, c) for c in range(1, n + 1)] for r in range(1, n + 1)]
print table(3)

def offsets(base):
    def gen():
        for i in range(3):
            yield base + i
    return gen
print list(offsets(7)())
# expect: ([10, 20, 30], [11, 12, 13])
# expect: [[1, 2, 3], [2, 4, 6], [3, 6, 9]]
# expect: [7, 8, 9]
