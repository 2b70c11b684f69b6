# Decorators on methods, including with staticmethod and classmethod stacked on top.
def logged(func):
    def wrapper(*args):
        print 'call', func.__name__, len(args), 'args'
        return func(*args)
    return wrapper

class Calc(object):
    factor = 10

    @logged
    def scale(self, x):
        return x * self.factor

    @staticmethod
    @logged
    def add(a, b):
        return a + b

    @classmethod
    @logged
    def make(cls):
        return cls.__name__

print Calc().scale(4)
print Calc.add(2, 3)
print Calc.make()
# expect: call scale 2 args
# expect: 40
# expect: call add 2 args
# expect: 5
# expect: call make 1 args
# expect: Calc
