# An exception in __enter__ skips the body and __exit__; one in __exit__ replaces the original.
class BadEnter(object):
    def __enter__(self):
        raise ValueError('enter failed')

    def __exit__(self, *a):
        print 'exit should not run'

try:
    with BadEnter():
        print 'body should not run'
except ValueError, e:
    print 'caught:', e

class BadExit(object):
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        raise TypeError('exit failed')

try:
    with BadExit():
        raise KeyError('original')
except TypeError, e:
    print 'caught:', e
except KeyError:
    print 'original escaped'
# expect: caught: enter failed
# expect: caught: exit failed
