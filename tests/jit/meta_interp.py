# Meta-tracing: a tiny interpreter with a JitDriver; the trace follows the
# interpreted program's loop (green key = pc and program), not the dispatch loop.
# jit: threshold=20
# pypylog: jit-log-opt,jit-abort
# log-contains: # Loop
try:
    from rpython.rlib.jit import JitDriver
except ImportError:
    class JitDriver(object):
        def __init__(self, **kw): pass
        def jit_merge_point(self, **kw): pass

driver = JitDriver(greens=['pc', 'prog'], reds=['acc', 'n'])

def interp(prog, n):
    pc = 0
    acc = 0
    while pc < len(prog):
        driver.jit_merge_point(pc=pc, prog=prog, acc=acc, n=n)
        op = prog[pc]
        if op == 'i':
            acc += 1
        elif op == 'd':
            n -= 1
        elif op == 'j':
            if n > 0:
                pc = -1
        pc += 1
    return acc

print interp('iidj', 1000)
# expect: 2000
