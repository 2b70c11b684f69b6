# A traceback through a generator method consumed by a list comprehension.
class Source(object):
    def __init__(self, items):
        self.items = items

    def values(self):
        for it in self.items:
            yield 10 / it

def total(src):
    return sum([v for v in src.values()])

print total(Source([1, 2, 5]))
print total(Source([1, 0]))
# expect: 17
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/exceptions2/traceback_generator_method.py", line 14, in <module>
# expect stderr:     print total(Source([1, 0]))
# expect stderr:   File "tests/lang/exceptions2/traceback_generator_method.py", line 11, in total
# expect stderr:     return sum([v for v in src.values()])
# expect stderr:   File "tests/lang/exceptions2/traceback_generator_method.py", line 8, in values
# expect stderr:     yield 10 / it
# expect stderr: ZeroDivisionError: integer division or modulo by zero
# expect exit: 1
