# cmp returns -1, 0 or 1 and follows Python 2's ordering rules; __cmp__ is honoured.
print cmp(1, 2), cmp(2, 1), cmp(2, 2), cmp(1, 1.0), cmp(-0.5, 0)
print cmp('a', 'b'), cmp('b', 'a'), cmp('abc', 'ab'), cmp('', '')
print cmp((1, 2), (1, 3)), cmp([1], [1]), cmp(None, 0), cmp(0, None)
class Version(object):
    def __init__(self, n):
        self.n = n
    def __cmp__(self, other):
        return cmp(self.n, other.n)
print cmp(Version(1), Version(2)), Version(3) > Version(2), Version(4) == Version(4)
print sorted([Version(3), Version(1), Version(2)])[0].n
# expect: -1 1 0 0 -1
# expect: -1 1 1 0
# expect: -1 0 -1 1
# expect: -1 True True
# expect: 1
