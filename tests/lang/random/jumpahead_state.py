# Module-level state functions share one generator.
import random
random.seed(8)
s = random.getstate()
a = random.random()
random.setstate(s)
print a == random.random()
random.seed(8)
print random.randint(1, 10 ** 9)
# expect: True
# expect: 226705860
