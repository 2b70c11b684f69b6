# A bare raise that propagates to the top keeps the original traceback.
def fail():
    return [][0]

def wrapper():
    try:
        fail()
    except IndexError:
        print 'cleaning up'
        raise

wrapper()
# expect: cleaning up
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/reraise_uncaught.py", line 12, in <module>
# expect stderr:     wrapper()
# expect stderr:   File "tests/lang/errors/reraise_uncaught.py", line 7, in wrapper
# expect stderr:     fail()
# expect stderr:   File "tests/lang/errors/reraise_uncaught.py", line 3, in fail
# expect stderr:     return [][0]
# expect stderr: IndexError: list index out of range
# expect exit: 1
