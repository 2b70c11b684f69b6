# Nested try/finally with exceptions: every finally runs innermost first.
def level(n):
    try:
        if n == 0:
            raise RuntimeError('bottom')
        level(n - 1)
    finally:
        print 'unwinding level', n

try:
    level(3)
except RuntimeError, e:
    print 'caught', e

try:
    try:
        try:
            raise IndexError('deep')
        finally:
            print 'f1'
    except KeyError:
        print 'wrong handler'
    finally:
        print 'f2'
except IndexError, e:
    print 'right handler', e
finally:
    print 'f3'
# expect: unwinding level 0
# expect: unwinding level 1
# expect: unwinding level 2
# expect: unwinding level 3
# expect: caught bottom
# expect: f1
# expect: f2
# expect: right handler deep
# expect: f3
