# An exception raised inside an except block replaces the one being handled.
def f():
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
try:
    f()
except ValueError, e:
    print 'ValueError', e
except KeyError:
    print 'KeyError escaped'
f()
# expect: ValueError second
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/exceptions2/exception_in_handler.py", line 13, in <module>
# expect stderr:     f()
# expect stderr:   File "tests/lang/exceptions2/exception_in_handler.py", line 6, in f
# expect stderr:     raise ValueError('second')
# expect stderr: ValueError: second
# expect exit: 1
