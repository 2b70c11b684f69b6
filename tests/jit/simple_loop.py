# A counting loop becomes a trace: a "# Loop" section with integer ops and a
# summary with one compiled loop.
# jit: threshold=10
# pypylog: jit-log-opt,jit-abort,jit-summary,jit-backend-counts
# log-contains: # Loop 1
# section-contains: jit-log-opt-loop int_add_ovf
# section-contains: jit-log-opt-loop label(
# log-contains: Total # of loops:	1
# log-matches: ^entry 1:2$
# log-matches: ^TargetToken\(1\):99\d\d$
# log-not-contains: ABORT_
def f(n):
    s = 0
    i = 0
    while i < n:
        s += i * 3
        i += 1
    return s

print f(10000)
print f(5)
# expect: 149985000
# expect: 30
