# Syntax error: a parenthesis left open until the end of the file.
def f(a, b):
    return a + b
print f(1,
        2
# expect stderr:   File "tests/lang/errors/syntax_unclosed_paren.py", line 11
# expect stderr:     
# expect stderr:                     ^
# expect stderr: SyntaxError: invalid syntax
# expect exit: 1
