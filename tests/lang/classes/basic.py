# A class with __init__ and methods.
class Counter(object):
    def __init__(self, start):
        self.value = start
    def incr(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value
c = Counter(10)
c.incr()
c.incr(5).incr()
print c.get()
print c.value
d = Counter(0)
print d.get(), c.get()
# expect: 17
# expect: 17
# expect: 0 17
