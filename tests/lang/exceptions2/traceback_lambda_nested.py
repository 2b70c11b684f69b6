# Tracebacks name lambdas <lambda> and nested functions by their own names.
def outer():
    def helper(x):
        f = lambda y: y.missing_attribute
        return f(x)
    return helper(3)
outer()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/exceptions2/traceback_lambda_nested.py", line 7, in <module>
# expect stderr:     outer()
# expect stderr:   File "tests/lang/exceptions2/traceback_lambda_nested.py", line 6, in outer
# expect stderr:     return helper(3)
# expect stderr:   File "tests/lang/exceptions2/traceback_lambda_nested.py", line 5, in helper
# expect stderr:     return f(x)
# expect stderr:   File "tests/lang/exceptions2/traceback_lambda_nested.py", line 4, in <lambda>
# expect stderr:     f = lambda y: y.missing_attribute
# expect stderr: AttributeError: 'int' object has no attribute 'missing_attribute'
# expect exit: 1
