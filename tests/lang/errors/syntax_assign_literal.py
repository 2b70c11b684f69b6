# SyntaxError: can't assign to literal.
x = 1
1 = x
print x
# expect stderr:   File "tests/lang/errors/syntax_assign_literal.py", line 3
# expect stderr:     1 = x
# expect stderr: SyntaxError: can't assign to literal
# expect exit: 1
