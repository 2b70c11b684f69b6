# Nested functions read variables of enclosing functions.
def outer(x):
    y = x * 2
    def inner(z):
        return x + y + z
    return inner
f = outer(1)
print f(10)
g = outer(5)
print g(0), f(0)
# expect: 13
# expect: 15 3
