# getrandbits for small and word-sized widths (printed with str: CPython returns longs).
import random
random.seed(1)
print ' '.join([str(random.getrandbits(k)) for k in (1, 4, 8, 16, 31, 32)])
print random.getrandbits(48), random.getrandbits(60)
try:
    random.getrandbits(0)
except ValueError as e:
    print e
# expect: 0 9 216 52577 1640193506 271041745
# expect: 33188307809340 877329965204690299
# expect: number of bits must be greater than zero
