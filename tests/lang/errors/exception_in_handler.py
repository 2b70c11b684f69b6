# An exception raised in an except block is the one reported.
def f():
    try:
        {}['a']
    except KeyError:
        raise TypeError('raised while handling')

f()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/exception_in_handler.py", line 8, in <module>
# expect stderr:     f()
# expect stderr:   File "tests/lang/errors/exception_in_handler.py", line 6, in f
# expect stderr:     raise TypeError('raised while handling')
# expect stderr: TypeError: raised while handling
# expect exit: 1
