# randint / randrange with start, stop and step.
import random
random.seed(7)
print [random.randint(1, 6) for i in range(12)]
print [random.randrange(10) for i in range(8)]
print [random.randrange(5, 50, 5) for i in range(8)]
print [random.randrange(-10, -2) for i in range(5)]
print [random.randrange(20, 0, -3) for i in range(5)]
# expect: [2, 1, 4, 1, 4, 3, 1, 4, 1, 3, 1, 1]
# expect: [4, 8, 1, 2, 6, 9, 5, 3]
# expect: [45, 5, 40, 15, 10, 10, 15, 40]
# expect: [-9, -6, -5, -8, -6]
# expect: [20, 20, 17, 8, 14]
