# The legacy WichmannHill generator.
import random
w = random.WichmannHill(1234)
print ['%.12f' % w.random() for i in range(3)]
print w.randint(1, 100)
# expect: ['0.988221665723', '0.985973789661', '0.624590231630']
# expect: 68
