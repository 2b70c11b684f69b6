# Lambdas close over enclosing locals like defs do; lambdas returning lambdas.
def adder(n):
    return lambda x: x + n
add3 = adder(3)
print add3(4), adder(10)(1)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print inc_then_double(5)
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print curry(1)(2)(3)
# expect: 7 11
# expect: 12
# expect: 123
