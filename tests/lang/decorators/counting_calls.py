# A stateful decorator implemented as a class with __call__.
class CountCalls(object):
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@CountCalls
def add(a, b):
    return a + b

print add(1, 2), add(3, 4), add(5, 6)
print add.calls
print type(add).__name__
# expect: 3 7 11
# expect: 3
# expect: CountCalls
