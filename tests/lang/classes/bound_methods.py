# Bound methods are values that remember their instance.
class Greeter(object):
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return self.name + ' greets ' + other
g = Greeter('Ann')
m = g.greet
print m('Bob')
g.name = 'Anna'
print m('Cy')
methods = [Greeter('X').greet, Greeter('Y').greet]
print [f('Z') for f in methods]
print Greeter.greet(g, 'Dan')
print map(g.greet, ['E', 'F'])
# expect: Ann greets Bob
# expect: Anna greets Cy
# expect: ['X greets Z', 'Y greets Z']
# expect: Anna greets Dan
# expect: ['Anna greets E', 'Anna greets F']
