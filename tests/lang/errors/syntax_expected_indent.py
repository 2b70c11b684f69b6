# IndentationError: expected an indented block.
def f():
return 1
print f()
# expect stderr:   File "tests/lang/errors/syntax_expected_indent.py", line 3
# expect stderr:     return 1
# expect stderr:          ^
# expect stderr: IndentationError: expected an indented block
# expect exit: 1
