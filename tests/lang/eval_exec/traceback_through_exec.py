# An uncaught exception raised by exec'd code shows a "<string>" frame in the traceback.
def run(src):
    exec src

run('a = 1\nb = 0\nc = a / b')
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/eval_exec/traceback_through_exec.py", line 5, in <module>
# expect stderr:     run('a = 1\nb = 0\nc = a / b')
# expect stderr:   File "tests/lang/eval_exec/traceback_through_exec.py", line 3, in run
# expect stderr:     exec src
# expect stderr:   File "<string>", line 3, in <module>
# expect stderr: ZeroDivisionError: integer division or modulo by zero
# expect exit: 1
