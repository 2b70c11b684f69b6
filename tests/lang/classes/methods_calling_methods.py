# Methods calling other methods through self.
class Shape(object):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def describe(self):
        return 'area %d, perimeter %d' % (self.area(), self.perimeter())
print Shape(3, 4).describe()
s = Shape(1, 1)
s.w = 10
print s.describe()
# expect: area 12, perimeter 14
# expect: area 10, perimeter 22
