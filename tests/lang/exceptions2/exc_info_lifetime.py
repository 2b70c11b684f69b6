# Python 2 keeps sys.exc_info() set after the handler ends, until the function returns;
# sys.exc_clear() clears it.
import sys
def f():
    try:
        raise ValueError('v')
    except ValueError:
        pass
    print 'after handler:', sys.exc_info()[0].__name__
    sys.exc_clear()
    print 'after exc_clear:', sys.exc_info()
f()
def g():
    try:
        raise IndexError('i')
    except IndexError:
        f()
        print 'restored in caller:', sys.exc_info()[0].__name__
g()
# expect: after handler: ValueError
# expect: after exc_clear: (None, None, None)
# expect: after handler: ValueError
# expect: after exc_clear: (None, None, None)
# expect: restored in caller: IndexError
