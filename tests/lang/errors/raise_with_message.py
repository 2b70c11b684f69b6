# An uncaught built-in exception raised with a message, in both raise forms.
def check(v):
    if v < 0:
        raise ValueError, 'negative value: %d' % v
    return v

print check(1)
check(-5)
# expect: 1
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/raise_with_message.py", line 8, in <module>
# expect stderr:     check(-5)
# expect stderr:   File "tests/lang/errors/raise_with_message.py", line 4, in check
# expect stderr:     raise ValueError, 'negative value: %d' % v
# expect stderr: ValueError: negative value: -5
# expect exit: 1
