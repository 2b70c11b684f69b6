# Using an object without __exit__/__enter__ in a with statement is an AttributeError.
class NoExit(object):
    def __enter__(self):
        return self

try:
    with NoExit():
        print 'body'
except AttributeError, e:
    print 'AttributeError:', e

with 42:
    pass
# expect: AttributeError: __exit__
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/with/with_no_protocol.py", line 12, in <module>
# expect stderr:     with 42:
# expect stderr: AttributeError: __exit__
# expect exit: 1
