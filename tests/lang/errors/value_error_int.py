# ValueError from int() on a bad string.
def parse(s):
    return int(s)

def parse_all(items):
    return [parse(s) for s in items]

print parse_all(['1', '2'])
print parse_all(['3', 'x'])
# expect: [1, 2]
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/errors/value_error_int.py", line 9, in <module>
# expect stderr:     print parse_all(['3', 'x'])
# expect stderr:   File "tests/lang/errors/value_error_int.py", line 6, in parse_all
# expect stderr:     return [parse(s) for s in items]
# expect stderr:   File "tests/lang/errors/value_error_int.py", line 3, in parse
# expect stderr:     return int(s)
# expect stderr: ValueError: invalid literal for int() with base 10: 'x'
# expect exit: 1
