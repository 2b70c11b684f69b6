# A guard that starts failing often gets a bridge after trace_eagerness failures.
# jit: threshold=20,trace_eagerness=10
# pypylog: jit-log-opt,jit-summary
# log-contains: # bridge out of Guard
# section-contains: jit-log-opt-bridge debug_merge_point
# log-contains: Total # of bridges:	1
def f(n):
    a = b = 0
    for i in range(n):
        if i < 500:
            a += 1
        else:
            b += 2
    return a, b

print f(2000)
# expect: (500, 3000)
