# A bare `raise` re-raises the current exception with its original traceback.
def fail():
    return {}['k']

def middle():
    try:
        fail()
    except KeyError:
        print 'logging and re-raising'
        raise

middle()
# expect: logging and re-raising
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/exceptions2/reraise_traceback.py", line 12, in <module>
# expect stderr:     middle()
# expect stderr:   File "tests/lang/exceptions2/reraise_traceback.py", line 7, in middle
# expect stderr:     fail()
# expect stderr:   File "tests/lang/exceptions2/reraise_traceback.py", line 3, in fail
# expect stderr:     return {}['k']
# expect stderr: KeyError: 'k'
# expect exit: 1
