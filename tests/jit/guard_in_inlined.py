# A guard failing inside an inlined call rebuilds the callee's frame: the
# exception raised there has the interpreter's traceback.
# jit: threshold=5
def inner(x):
    return 100 // x

def outer(x):
    return inner(x) + 1

def f(n):
    t = 0
    for i in range(n, -1, -1):
        t += outer(i)
    return t

try:
    print f(50)
except ZeroDivisionError as e:
    print 'ZeroDivisionError', e
import traceback, sys
try:
    f(30)
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    print [x[2] for x in traceback.extract_tb(tb)]
# expect: ZeroDivisionError integer division or modulo by zero
# expect: ['<module>', 'f', 'outer', 'inner']
