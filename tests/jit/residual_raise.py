# An exception raised by a residual call inside compiled code is unwound by the
# interpreter at the right instruction (except clauses and finally included).
# jit: threshold=3,trace_eagerness=3
def f(d, keys):
    found = 0
    missing = 0
    for k in keys:
        try:
            found += d[k]
        except KeyError:
            missing += 1
        finally:
            found += 0
    return found, missing

d = dict((i, i) for i in range(0, 100, 2))
print f(d, range(100))
print f(d, range(0, 100, 2))
# expect: (2450, 50)
# expect: (2450, 0)
