# Output to stderr before an uncaught exception appears before the traceback.
import sys
print >>sys.stderr, 'warning: about to fail'
def f():
    return 1 + None
f()
# expect stderr: warning: about to fail
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/stderr_print_then_error.py", line 6, in <module>
# expect stderr:     f()
# expect stderr:   File "tests/lang/errors/stderr_print_then_error.py", line 5, in f
# expect stderr:     return 1 + None
# expect stderr: TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
# expect exit: 1
