# Uncaught IndexError.
def last_plus_one(items):
    return items[len(items)]

items = [1, 2, 3]
print items[2]
print last_plus_one(items)
# expect: 3
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/index_error.py", line 7, in <module>
# expect stderr:     print last_plus_one(items)
# expect stderr:   File "tests/lang/errors/index_error.py", line 3, in last_plus_one
# expect stderr:     return items[len(items)]
# expect stderr: IndexError: list index out of range
# expect exit: 1
