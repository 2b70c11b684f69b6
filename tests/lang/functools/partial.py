# functools.partial: positional and keyword freezing, attributes.
from functools import partial
def f(a, b, c=0, d=0):
    return (a, b, c, d)
p = partial(f, 1, c=3)
print p(2), p(2, d=4), p(2, c=9)
print p.func is f, p.args, p.keywords
b2 = partial(int, base=2)
print b2('1011'), map(partial(pow, 2), [1, 2, 3])
pp = partial(p, 5)
print pp(), pp(d=1)
try:
    partial(5)
except TypeError as e:
    print e
# expect: (1, 2, 3, 0) (1, 2, 3, 4) (1, 2, 9, 0)
# expect: True (1,) {'c': 3}
# expect: 11 [2, 4, 8]
# expect: (1, 5, 3, 0) (1, 5, 3, 1)
# expect: the first argument must be callable
