# Nested managers and the multi-item form `with a as x, b as y` exit in reverse order.
class Ctx(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print 'enter', self.name
        return self.name

    def __exit__(self, t, v, tb):
        print 'exit', self.name, t is not None

with Ctx('outer') as o:
    with Ctx('inner') as i:
        print 'body', o, i
with Ctx('a') as a, Ctx('b') as b:
    print 'multi', a, b
try:
    with Ctx('x'), Ctx('y'):
        raise RuntimeError('fail')
except RuntimeError:
    print 'caught'
# expect: enter outer
# expect: enter inner
# expect: body outer inner
# expect: exit inner False
# expect: exit outer False
# expect: enter a
# expect: enter b
# expect: multi a b
# expect: exit b False
# expect: exit a False
# expect: enter x
# expect: enter y
# expect: exit y True
# expect: exit x True
# expect: caught
