# jit.py: a hot loop and JIT parameters changed from the script; test_jit.c
# runs it with several JIT settings and reads the parameters from C.
from rpython.rlib.jit import JitDriver, set_param

driver = JitDriver(greens=[], reds=['i', 'acc'])

def hot(n):
    acc = 0
    i = 0
    while i < n:
        driver.jit_merge_point(i=i, acc=acc)
        acc += (i * i) % 7
        i += 1
    return acc

def set_from_script(name, value):
    set_param(None, name, value)
