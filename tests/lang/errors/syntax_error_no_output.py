# A syntax error anywhere in the file means nothing runs, even earlier lines.
print 'this is never printed'
def ok():
    return 1
def broken()
    return 2
# expect stderr:   File "tests/lang/errors/syntax_error_no_output.py", line 5
# expect stderr:     def broken()
# expect stderr:                ^
# expect stderr: SyntaxError: invalid syntax
# expect exit: 1
