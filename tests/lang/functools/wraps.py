# functools.wraps copies __name__, __doc__ and __dict__.
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        print 'calling', fn.__name__
        return fn(*args, **kw)
    return wrapper
@logged
def add(a, b):
    "Add two numbers."
    return a + b
add.tag = 1
print add(2, 3), add.__name__, add.__doc__
def g():
    pass
g.attr = 'x'
def h():
    pass
functools.update_wrapper(h, g)
print h.__name__, h.attr
# expect: calling add
# expect: 5 add Add two numbers.
# expect: g x
