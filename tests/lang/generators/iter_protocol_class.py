# A class whose __iter__ is a generator function works with for, list, in and unpacking.
class Countdown(object):
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print list(c), list(c)
print 2 in c, 5 in c
a, b, d = c
print a, b, d
print sorted(c)
print dict(zip(c, 'x')) == {3: 'x'}
# expect: [3, 2, 1] [3, 2, 1]
# expect: True False
# expect: 3 2 1
# expect: [1, 2, 3]
# expect: True
