# __exit__ receives the exception; a false return lets it propagate.
class Logger(object):
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print 'exit type:', t.__name__
        print 'exit value:', v
        print 'has traceback:', tb is not None
        return None

try:
    with Logger():
        print 'about to fail'
        raise ValueError('boom')
        print 'not reached'
except ValueError, e:
    print 'caught outside:', e
# expect: about to fail
# expect: exit type: ValueError
# expect: exit value: boom
# expect: has traceback: True
# expect: caught outside: boom
