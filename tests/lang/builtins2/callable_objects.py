# callable() for functions, classes, methods, instances with and without __call__.
class Plain(object):
    def method(self):
        pass
class Callme(object):
    def __call__(self, x):
        return x * 2
def func():
    pass
for obj in [func, Plain, Plain(), Plain().method, Callme, Callme(), len, 5, 'str',
            lambda: 0, [].append, str, None, type]:
    print callable(obj),
print
print Callme()(21)
# expect: True True False True True True True False False True True True False True
# expect: 42
