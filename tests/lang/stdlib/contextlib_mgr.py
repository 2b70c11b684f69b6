# contextlib.contextmanager, closing and nested.
from contextlib import contextmanager, closing, nested
@contextmanager
def tag(name):
    print '<%s>' % name
    try:
        yield name.upper()
    finally:
        print '</%s>' % name
with tag('b') as t:
    print 'inside', t
@contextmanager
def suppress(exc):
    try:
        yield
    except exc as e:
        print 'suppressed', type(e).__name__
with suppress(KeyError):
    {}['x']
print 'after'
class Res(object):
    def close(self):
        print 'closed'
with closing(Res()) as r:
    print type(r).__name__
with nested(tag('x'), tag('y')) as (a, b):
    print a, b
try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as e:
    print 'caught', e
# expect: <b>
# expect: inside B
# expect: </b>
# expect: suppressed KeyError
# expect: after
# expect: Res
# expect: closed
# expect: <x>
# expect: <y>
# expect: X Y
# expect: </y>
# expect: </x>
# expect: <err>
# expect: </err>
# expect: caught boom
