# Uncaught ZeroDivisionError from a recursive function.
def countdown(n):
    if n == 0:
        return 10 / n
    return countdown(n - 1)

print 'counting'
countdown(3)
# expect: counting
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/zero_division.py", line 8, in <module>
# expect stderr:     countdown(3)
# expect stderr:   File "tests/lang/errors/zero_division.py", line 5, in countdown
# expect stderr:     return countdown(n - 1)
# expect stderr:   File "tests/lang/errors/zero_division.py", line 5, in countdown
# expect stderr:     return countdown(n - 1)
# expect stderr:   File "tests/lang/errors/zero_division.py", line 5, in countdown
# expect stderr:     return countdown(n - 1)
# expect stderr:   File "tests/lang/errors/zero_division.py", line 4, in countdown
# expect stderr:     return 10 / n
# expect stderr: ZeroDivisionError: integer division or modulo by zero
# expect exit: 1
