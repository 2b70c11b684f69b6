# A function with a loop is not inlined: the caller's trace calls it residually,
# and the callee's loop gets its own trace.
# jit: threshold=10
# pypylog: jit-log-opt
# section-contains: jit-log-opt-loop call_assembler(
# section-contains: jit-log-opt-loop <code object total.
def total(k):
    s = 0
    for j in range(k):
        s += j
    return s

def f(n):
    t = 0
    for i in range(n):
        t += total(i % 7)
    return t

print f(300)
# expect: 1490
