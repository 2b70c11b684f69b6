# functools.total_ordering fills in the missing comparisons.
from functools import total_ordering
@total_ordering
class Version(object):
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
a, b = Version(1, 2), Version(1, 10)
print a < b, a <= b, a > b, a >= b, a == b, a != b
print sorted([Version(3), Version(1, 5), Version(1)], key=lambda v: v).__len__()
print max([Version(2, 1), Version(2, 3), Version(1, 9)]).parts
# expect: True True False False False True
# expect: 3
# expect: (2, 3)
