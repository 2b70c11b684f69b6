# Partial output, including a pending trailing-comma print, comes before the traceback.
print 'line one'
print 'partial',
x = {}['boom']
# expect: line one
# expect: partial
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/uncaught_after_output.py", line 4, in <module>
# expect stderr:     x = {}['boom']
# expect stderr: KeyError: 'boom'
# expect exit: 1
