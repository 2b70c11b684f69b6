# Seeding from negative ints, big ints, strings, floats and tuples.
import random
for s in [-5, 5, 2 ** 40 + 3, 'spam', 1.5, (1, 'a'), True, 0]:
    random.seed(s)
    print repr(s), '%.15f' % random.random()
# expect: -5 0.622901694889702
# expect: 5 0.622901694889702
# expect: 1099511627779 0.219787106371167
# expect: 'spam' 0.017352532534514
# expect: 1.5 0.810902029222248
# expect: (1, 'a') 0.390855900217125
# expect: True 0.134364244112401
# expect: 0 0.844421851525048
