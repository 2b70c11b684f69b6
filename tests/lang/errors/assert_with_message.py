# A failing assert with a message.
x = 5
assert x > 0, 'x must be positive'
print 'ok'
assert x < 3, 'x too big: %d' % x
# expect: ok
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/assert_with_message.py", line 5, in <module>
# expect stderr:     assert x < 3, 'x too big: %d' % x
# expect stderr: AssertionError: x too big: 5
# expect exit: 1
