# __enter__ / __exit__ on user classes
class Ctx(object):
    def __init__(self, name): self.name = name
    def __enter__(self):
        print 'enter', self.name
        return self
    def __exit__(self, t, v, tb):
        print 'exit', self.name, t.__name__ if t else None
        return t is KeyError
with Ctx('a') as c:
    print 'body', c.name
with Ctx('b'):
    raise KeyError('x')
try:
    with Ctx('c'):
        raise ValueError('y')
except ValueError:
    print 'propagated'
# expect: enter a
# expect: body a
# expect: exit a None
# expect: enter b
# expect: exit b KeyError
# expect: enter c
# expect: exit c ValueError
# expect: propagated
