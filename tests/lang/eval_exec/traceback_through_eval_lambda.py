# A function created by eval keeps "<string>" as its file name in tracebacks.
divide = eval('lambda a, b: a / b')
print divide(6, 3)
print divide.func_code.co_filename
divide(1, 0)
# expect: 2
# expect: <string>
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/eval_exec/traceback_through_eval_lambda.py", line 5, in <module>
# expect stderr:     divide(1, 0)
# expect stderr:   File "<string>", line 1, in <lambda>
# expect stderr: ZeroDivisionError: integer division or modulo by zero
# expect exit: 1
