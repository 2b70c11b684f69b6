# The uncaught-exception line uses the class name and str() of the exception.
class AppError(Exception):
    def __str__(self):
        return 'custom text'

print 'before'
raise AppError('ignored arg')
# expect: before
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/exceptions2/uncaught_user_str.py", line 7, in <module>
# expect stderr:     raise AppError('ignored arg')
# expect stderr: __main__.AppError: custom text
# expect exit: 1
