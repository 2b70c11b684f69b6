# the iterator protocol: __iter__ and next
class Count(object):
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def next(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print list(Count(3)), [x * 2 for x in Count(2)], sum(Count(4))
it = iter(Count(2))
print it.next(), next(it), next(it, 'done')
class Seq(object):
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return 'abc'[i]
print list(Seq()), ''.join(Seq())
class BadIter(object):
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print e
# expect: [1, 2, 3] [2, 4] 10
# expect: 1 2 done
# expect: ['a', 'b', 'c'] abc
# expect: iter() returned non-iterator of type 'int'
