# Uncaught infinite recursion under a small limit: traceback then RuntimeError, exit 1.
import sys
sys.setrecursionlimit(8)
def f(n):
    return f(n + 1)
print 'start'
f(0)
# expect: start
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/exceptions2/recursion_limit_uncaught.py", line 7, in <module>
# expect stderr:     f(0)
# expect stderr:   File "tests/lang/exceptions2/recursion_limit_uncaught.py", line 5, in f
# expect stderr:     return f(n + 1)
# expect stderr:   File "tests/lang/exceptions2/recursion_limit_uncaught.py", line 5, in f
# expect stderr:     return f(n + 1)
# expect stderr:   File "tests/lang/exceptions2/recursion_limit_uncaught.py", line 5, in f
# expect stderr:     return f(n + 1)
# expect stderr:   File "tests/lang/exceptions2/recursion_limit_uncaught.py", line 5, in f
# expect stderr:     return f(n + 1)
# expect stderr:   File "tests/lang/exceptions2/recursion_limit_uncaught.py", line 5, in f
# expect stderr:     return f(n + 1)
# expect stderr:   File "tests/lang/exceptions2/recursion_limit_uncaught.py", line 5, in f
# expect stderr:     return f(n + 1)
# expect stderr:   File "tests/lang/exceptions2/recursion_limit_uncaught.py", line 5, in f
# expect stderr:     return f(n + 1)
# expect stderr: RuntimeError: maximum recursion depth exceeded
# expect exit: 1
