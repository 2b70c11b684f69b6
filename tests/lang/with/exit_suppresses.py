# A true result from __exit__ swallows the exception; execution continues after the with.
class Suppress(object):
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print 'suppressed', t.__name__, v
            return True
        return False

with Suppress(KeyError, IndexError):
    {}['nope']
print 'continued 1'
with Suppress(KeyError, IndexError):
    [][3]
print 'continued 2'
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError, e:
    print 'not suppressed:', e
# expect: suppressed KeyError 'nope'
# expect: continued 1
# expect: suppressed IndexError list index out of range
# expect: continued 2
# expect: not suppressed: integer division or modulo by zero
