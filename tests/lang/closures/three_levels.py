# Closures across three levels of nesting.
def a(x):
    def b(y):
        def c(z):
            return x * 100 + y * 10 + z
        return c
    return b
print a(1)(2)(3)
def adders():
    result = []
    for n in [1, 2, 3]:
        def make(n):
            return lambda v: v + n
        result.append(make(n))
    return result
print [f(10) for f in adders()]
# expect: 123
# expect: [11, 12, 13]
