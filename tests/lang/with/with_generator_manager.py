# A hand-written context manager class wrapping a generator (contextmanager-style).
class GenCtx(object):
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return self.gen.next()

    def __exit__(self, t, v, tb):
        if t is None:
            try:
                self.gen.next()
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(t, v, tb)
            except StopIteration:
                return True
            except:
                raise
            return False

def tag(name):
    print '<%s>' % name
    try:
        yield name
    finally:
        print '</%s>' % name

with GenCtx(tag('b')) as n:
    print 'content of', n
try:
    with GenCtx(tag('i')):
        raise IndexError('oops')
except IndexError, e:
    print 'caught', e
# expect: <b>
# expect: content of b
# expect: </b>
# expect: <i>
# expect: </i>
# expect: caught oops
