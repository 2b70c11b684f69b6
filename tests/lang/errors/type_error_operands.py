# TypeError from an unsupported operand combination.
def join(a, b):
    return a + b

def run():
    print join('x', 'y')
    print join('x', 1)

run()
# expect: xy
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/type_error_operands.py", line 9, in <module>
# expect stderr:     run()
# expect stderr:   File "tests/lang/errors/type_error_operands.py", line 7, in run
# expect stderr:     print join('x', 1)
# expect stderr:   File "tests/lang/errors/type_error_operands.py", line 3, in join
# expect stderr:     return a + b
# expect stderr: TypeError: cannot concatenate 'str' and 'int' objects
# expect exit: 1
