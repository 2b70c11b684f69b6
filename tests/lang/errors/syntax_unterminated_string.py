# SyntaxError: EOL while scanning string literal.
x = 1
s = 'never closed
print s
# expect stderr:   File "tests/lang/errors/syntax_unterminated_string.py", line 3
# expect stderr:     s = 'never closed
# expect stderr:                     ^
# expect stderr: SyntaxError: EOL while scanning string literal
# expect exit: 1
