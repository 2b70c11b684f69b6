# abc.ABCMeta and abstractmethod.
from abc import ABCMeta, abstractmethod, abstractproperty
class Shape(object):
    __metaclass__ = ABCMeta
    @abstractmethod
    def area(self):
        pass
    @abstractproperty
    def name(self):
        pass
    def describe(self):
        return '%s with area %.1f' % (self.name, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return 'square'
class Half(Shape):
    def area(self):
        return 1
print Square(3).describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print e
print isinstance(Square(1), Shape), issubclass(Square, Shape)
# expect: square with area 9.0 ['area', 'name'] ['name']
# expect: Can't instantiate abstract class Shape with abstract methods area, name
# expect: Can't instantiate abstract class Half with abstract methods name
# expect: True True
