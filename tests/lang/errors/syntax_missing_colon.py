# Syntax error: missing colon after if.
x = 1
if x > 0
    print 'positive'
# expect stderr:   File "tests/lang/errors/syntax_missing_colon.py", line 3
# expect stderr:     if x > 0
# expect stderr:            ^
# expect stderr: SyntaxError: invalid syntax
# expect exit: 1
