# PYPYLOG=jit-summary writes the summary at exit with PyPy's fields.
# jit: threshold=1,function_threshold=1,trace_eagerness=1
# pypylog: jit-summary,jit-backend-counts
# log-contains: {jit-summary
# log-contains: Tracing:
# log-contains: Total # of loops:
# log-contains: {jit-backend-counts
def primes(n):
    out = []
    for k in range(2, n):
        for d in out:
            if k % d == 0:
                break
        else:
            out.append(k)
    return out

print len(primes(200))
# expect: 46
