# A return or break in finally discards the pending exception or return value.
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print swallow()

def loop_swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'broke out at %d' % i
print loop_swallow()

def override_return():
    try:
        return 'try'
    finally:
        print 'in finally'
print override_return()

def raise_in_finally():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    raise_in_finally()
except TypeError, e:
    print 'TypeError', e
except ValueError:
    print 'ValueError escaped'
# expect: finally wins
# expect: broke out at 0
# expect: in finally
# expect: try
# expect: TypeError second
