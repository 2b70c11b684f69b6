# assigning obj.__class__ switches its methods
class Cat(object):
    def speak(self): return 'meow'
class Dog(object):
    def speak(self): return 'woof'
a = Cat()
a.name = 'rex'
print a.speak(), type(a).__name__
a.__class__ = Dog
print a.speak(), type(a).__name__, a.name, isinstance(a, Dog)
try:
    a.__class__ = 5
except TypeError as e:
    print e
# expect: meow Cat
# expect: woof Dog rex True
# expect: __class__ must be set to new-style class, not 'int' object
