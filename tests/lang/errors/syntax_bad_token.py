# Syntax error: a character that is not a token.
x = 1
y = x $ 2
print y
# expect stderr:   File "tests/lang/errors/syntax_bad_token.py", line 3
# expect stderr:     y = x $ 2
# expect stderr:           ^
# expect stderr: SyntaxError: invalid syntax
# expect exit: 1
