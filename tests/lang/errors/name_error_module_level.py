# NameError at module level says "name", not "global name".
x = 1
print x
print y
# expect: 1
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/name_error_module_level.py", line 4, in <module>
# expect stderr:     print y
# expect stderr: NameError: name 'y' is not defined
# expect exit: 1
