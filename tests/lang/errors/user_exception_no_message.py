# An uncaught user-defined exception without arguments.
class Stop(Exception):
    pass

def f():
    raise Stop

f()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/user_exception_no_message.py", line 8, in <module>
# expect stderr:     f()
# expect stderr:   File "tests/lang/errors/user_exception_no_message.py", line 6, in f
# expect stderr:     raise Stop
# expect stderr: __main__.Stop
# expect exit: 1
