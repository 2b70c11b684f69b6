# TypeError wording for wrong argument counts of functions, methods and constructors.
def show(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError, e:
        print e

def two(a, b): pass
def one_default(a, b=1): pass
def none(): pass
def star(a, *rest): pass
def kw(a, **k): pass
class C(object):
    def __init__(self, x): pass
    def method(self, y): pass
    @staticmethod
    def st(a): pass
    @classmethod
    def cm(cls, a, b): pass
class D(object):
    pass

show(two, 1)
show(two, 1, 2, 3)
show(one_default)
show(one_default, 1, 2, 3)
show(none, 1)
show(star)
show(two, 1, c=3)
show(two, 1, a=2)
show(kw, 1, 2)
show(C)
show(C, 1, 2)
show(C(1).method)
show(C(1).method, 1, 2)
show(C.method, 1)
show(C.st)
show(C.cm, 1)
show(D, 1)
show(lambda: 0, 1)
show(lambda x, y=2, *a: 0)
# expect: two() takes exactly 2 arguments (1 given)
# expect: two() takes exactly 2 arguments (3 given)
# expect: one_default() takes at least 1 argument (0 given)
# expect: one_default() takes at most 2 arguments (3 given)
# expect: none() takes no arguments (1 given)
# expect: star() takes at least 1 argument (0 given)
# expect: two() got an unexpected keyword argument 'c'
# expect: two() got multiple values for keyword argument 'a'
# expect: kw() takes exactly 1 argument (2 given)
# expect: __init__() takes exactly 2 arguments (1 given)
# expect: __init__() takes exactly 2 arguments (3 given)
# expect: method() takes exactly 2 arguments (1 given)
# expect: method() takes exactly 2 arguments (3 given)
# expect: unbound method method() must be called with C instance as first argument (got int instance instead)
# expect: st() takes exactly 1 argument (0 given)
# expect: cm() takes exactly 3 arguments (2 given)
# expect: object() takes no parameters
# expect: <lambda>() takes no arguments (1 given)
# expect: <lambda>() takes at least 1 argument (0 given)
