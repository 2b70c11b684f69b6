# Uncaught NameError through several function levels.
def helper(x):
    return x + undefined_name

def middle(x):
    return helper(x * 2)

def main():
    print 'start'
    middle(1)

main()
# expect: start
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/name_error.py", line 12, in <module>
# expect stderr:     main()
# expect stderr:   File "tests/lang/errors/name_error.py", line 10, in main
# expect stderr:     middle(1)
# expect stderr:   File "tests/lang/errors/name_error.py", line 6, in middle
# expect stderr:     return helper(x * 2)
# expect stderr:   File "tests/lang/errors/name_error.py", line 3, in helper
# expect stderr:     return x + undefined_name
# expect stderr: NameError: global name 'undefined_name' is not defined
# expect exit: 1
