# In Python 2 a bare exec inside a function can rebind the function's local variables.
x = 'global'
def rebind_new():
    exec 'x = "set by exec"'
    return x
print rebind_new()
print x
def rebind_existing():
    y = 1
    exec 'y = y + 41'
    return y
print rebind_existing()
def define_function():
    exec 'def helper(n):\n    return n * 2\n'
    return helper(21)
print define_function()
# expect: set by exec
# expect: global
# expect: 42
# expect: 42
