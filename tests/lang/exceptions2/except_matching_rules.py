# except clauses match by isinstance, take tuples, and are tried in order.
class A(Exception): pass
class B(A): pass
class C(B): pass

for cls in [A, B, C]:
    try:
        raise cls()
    except C:
        print cls.__name__, 'caught as C'
    except B:
        print cls.__name__, 'caught as B'
    except A:
        print cls.__name__, 'caught as A'

errors = (KeyError, IndexError)
for exc in [KeyError('k'), IndexError('i'), ValueError('v')]:
    try:
        try:
            raise exc
        except errors, e:
            print 'tuple caught', repr(e)
    except ValueError, e:
        print 'outer caught', repr(e)
try:
    raise B('x')
except (ValueError, (TypeError, A)), e:
    print 'nested tuple caught', type(e).__name__
# expect: A caught as A
# expect: B caught as B
# expect: C caught as C
# expect: tuple caught KeyError('k',)
# expect: tuple caught IndexError('i',)
# expect: outer caught ValueError('v',)
# expect: nested tuple caught B
