# Single inheritance: overriding, inherited methods, calling the base explicitly.
class Animal(object):
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def intro(self):
        return self.name + ' says ' + self.speak()
class Dog(Animal):
    def speak(self):
        return 'woof'
class Puppy(Dog):
    def __init__(self, name):
        Dog.__init__(self, name + ' jr')
    def speak(self):
        return Dog.speak(self) + '!'
for a in [Animal('thing'), Dog('rex'), Puppy('rex')]:
    print a.intro()
print isinstance(Puppy('x'), Animal), isinstance(Animal('y'), Dog)
# expect: thing says ...
# expect: rex says woof
# expect: rex jr says woof!
# expect: True False
