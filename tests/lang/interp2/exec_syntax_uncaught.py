# A SyntaxError from exec that nobody catches: CPython prints the caller's
# frame, then the <string> position with the caret.
print 'before'
exec 'value = (1 +\n  * 2)'
# expect: before
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/interp2/exec_syntax_uncaught.py", line 4, in <module>
# expect stderr:     exec 'value = (1 +\n  * 2)'
# expect stderr:   File "<string>", line 2
# expect stderr:     * 2)
# expect stderr:     ^
# expect stderr: SyntaxError: invalid syntax
# expect exit: 1
