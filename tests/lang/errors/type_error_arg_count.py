# Calling a function with the wrong number of arguments.
def area(width, height):
    return width * height

def compute(shapes):
    total = 0
    for s in shapes:
        total += area(*s)
    return total

print compute([(1, 2), (3, 4)])
print compute([(1, 2), (3,)])
# expect: 14
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/type_error_arg_count.py", line 12, in <module>
# expect stderr:     print compute([(1, 2), (3,)])
# expect stderr:   File "tests/lang/errors/type_error_arg_count.py", line 8, in compute
# expect stderr:     total += area(*s)
# expect stderr: TypeError: area() takes exactly 2 arguments (1 given)
# expect exit: 1
