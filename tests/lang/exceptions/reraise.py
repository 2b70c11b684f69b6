# A bare raise re-raises the exception being handled.
def inner():
    raise IndexError('from inner')
def middle():
    try:
        inner()
    except IndexError:
        print 'middle saw it'
        raise
try:
    middle()
except IndexError, e:
    print 'outer got:', e
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise
except KeyError, e:
    print 'reraised', e
# expect: middle saw it
# expect: outer got: from inner
# expect: reraised 'first'
