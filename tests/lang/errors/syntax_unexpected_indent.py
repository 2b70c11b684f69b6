# IndentationError: unexpected indent.
x = 1
    y = 2
print x
# expect stderr:   File "tests/lang/errors/syntax_unexpected_indent.py", line 3
# expect stderr:     y = 2
# expect stderr:     ^
# expect stderr: IndentationError: unexpected indent
# expect exit: 1
