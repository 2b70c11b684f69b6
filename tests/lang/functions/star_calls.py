# Calling with *sequence and **dict arguments.
def f(a, b, c=0):
    return a + b * 10 + c * 100
args = [1, 2]
print f(*args)
print f(*(1, 2, 3))
print f(1, *[2])
kw = {'b': 5, 'c': 6}
print f(1, **kw)
print f(**{'a': 1, 'b': 1})
print f(*[1], **{'b': 2})
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print g(*range(3), **{'x': 1})
# expect: 21
# expect: 321
# expect: 21
# expect: 651
# expect: 11
# expect: 21
# expect: ((0, 1, 2), [('x', 1)])
