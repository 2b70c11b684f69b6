# Calling with the wrong number of arguments raises TypeError.
def two(a, b):
    return a + b
def opt(a, b=1):
    return a
def noargs():
    return 0
for call in [lambda: two(1), lambda: two(1, 2, 3), lambda: opt(), lambda: opt(1, 2, 3),
             lambda: noargs(1)]:
    try:
        call()
    except TypeError, e:
        print 'TypeError:', e
# expect: TypeError: two() takes exactly 2 arguments (1 given)
# expect: TypeError: two() takes exactly 2 arguments (3 given)
# expect: TypeError: opt() takes at least 1 argument (0 given)
# expect: TypeError: opt() takes at most 2 arguments (3 given)
# expect: TypeError: noargs() takes no arguments (1 given)
