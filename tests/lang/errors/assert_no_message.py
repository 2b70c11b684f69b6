# A failing assert without a message.
def check(values):
    assert len(values) > 3
    return values

check([1, 2, 3, 4])
print 'first check passed'
check([1])
# expect: first check passed
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/assert_no_message.py", line 8, in <module>
# expect stderr:     check([1])
# expect stderr:   File "tests/lang/errors/assert_no_message.py", line 3, in check
# expect stderr:     assert len(values) > 3
# expect stderr: AssertionError
# expect exit: 1
