# A call of a small function without loops is inlined: no residual call in the
# loop, and the callee's code appears in the trace.
# jit: threshold=10
# pypylog: jit-log-opt
# log-contains: # Loop 1
# section-not-contains: jit-log-opt-loop call(
# section-contains: jit-log-opt-loop <code object square.
def square(x):
    return x * x

def f(n):
    t = 0
    for i in range(n):
        t += square(i)
    return t

print f(1000)
# expect: 332833500
