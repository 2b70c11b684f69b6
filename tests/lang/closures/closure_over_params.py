# Closures over parameters and over variables assigned later in the outer function.
def multiplier(factor):
    return lambda v: v * factor
triple = multiplier(3)
print triple(7), multiplier(0.5)(9)
def outer():
    def show():
        return msg
    msg = 'assigned after def'
    return show()
print outer()
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
print compose(triple, lambda v: v + 1)(2)
# expect: 21 4.5
# expect: assigned after def
# expect: 9
