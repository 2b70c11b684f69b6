# SyntaxError: 'return' outside function.
x = 1
if x:
    return x
print x
# expect stderr:   File "tests/lang/errors/syntax_return_outside.py", line 4
# expect stderr:     return x
# expect stderr: SyntaxError: 'return' outside function
# expect exit: 1
