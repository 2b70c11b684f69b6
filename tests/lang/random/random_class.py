# Independent Random instances and getstate / setstate.
import random
a = random.Random(42)
b = random.Random(42)
print a.random() == b.random(), a.randint(0, 1000), b.randint(0, 1000)
state = a.getstate()
x = [a.random() for i in range(3)]
a.setstate(state)
y = [a.random() for i in range(3)]
print x == y, state[0], len(state[1])
c = random.Random()
c.seed(42)
d = random.Random(42)
print c.random() == d.random()
# expect: True 25 25
# expect: True 3 625
# expect: True
