# A user iterator class with next() raising StopIteration drives for loops.
class Range(object):
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def next(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print list(Range(4))
r = Range(2)
for x in r:
    print x
print list(r)
it = iter([1])
print it.next()
try:
    it.next()
except StopIteration, e:
    print 'StopIteration', repr(e.args)
# expect: [1, 2, 3, 4]
# expect: 1
# expect: 2
# expect: []
# expect: 1
# expect: StopIteration ()
