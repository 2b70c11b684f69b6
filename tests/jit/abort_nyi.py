# An instruction the recorder does not handle aborts the trace (logged with the
# reason); the program still runs correctly in the interpreter.
# jit: threshold=5
# pypylog: jit-abort,jit-summary
# log-contains: ABORT_NYI
# log-contains: DELETE_FAST
def f(n):
    t = 0
    for i in range(n):
        x = i
        t += x
        del x
    return t

print f(100)
# expect: 4950
