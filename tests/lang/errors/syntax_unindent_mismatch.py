# IndentationError: unindent does not match any outer indentation level.
def f():
    if True:
        x = 1
      y = 2
    return x
# expect stderr:   File "tests/lang/errors/syntax_unindent_mismatch.py", line 5
# expect stderr:     y = 2
# expect stderr:         ^
# expect stderr: IndentationError: unindent does not match any outer indentation level
# expect exit: 1
