# The rpython.rlib.jit hints are importable and behave as in untranslated RPython.
from rpython.rlib.jit import JitDriver, elidable, purefunction, promote, dont_look_inside
from rpython.rlib.jit import unroll_safe, we_are_jitted, hint, set_param
from rpython.jit.codewriter.policy import JitPolicy

def square(x):
    return x * x

def lookup(table, key):
    return table[key]

def helper(n):
    return n + 1

def unrolled(items):
    total = 0
    for v in items:
        total += v
    return total

# Applied as functions (no decorator syntax): they return the function unchanged.
print elidable(square) is square
print purefunction(lookup) is lookup
print dont_look_inside(helper) is helper
print unroll_safe(unrolled) is unrolled
print promote(42), promote('s')
print hint(7, promote=True), hint([1], force_virtualizable=True)
print we_are_jitted() in (True, False)
print isinstance(JitPolicy(), JitPolicy)
driver = JitDriver(greens=['pc'], reds=['acc'])
set_param(driver, 'threshold', 3)
set_param(None, 'function_threshold', 5)
print 'ok'
# expect: True
# expect: True
# expect: True
# expect: True
# expect: 42 s
# expect: 7 [1]
# expect: True
# expect: True
# expect: ok
