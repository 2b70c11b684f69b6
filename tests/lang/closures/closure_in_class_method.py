# Closures created inside methods capture self.
class Acc(object):
    def __init__(self):
        self.total = 0
    def adder(self, step):
        def add():
            self.total += step
            return self.total
        return add
a = Acc()
f = a.adder(5)
f()
f()
print a.total
print a.adder(1)()
# expect: 10
# expect: 11
