# Syntax error: an incomplete expression.
def f(x):
    return x *
print f(2)
# expect stderr:   File "tests/lang/errors/syntax_invalid_expression.py", line 3
# expect stderr:     return x *
# expect stderr:              ^
# expect stderr: SyntaxError: invalid syntax
# expect exit: 1
