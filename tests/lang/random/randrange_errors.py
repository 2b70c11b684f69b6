# randrange argument errors.
import random
for args in [(0,), (5, 5), (3.5,), (1, 2.5), (1, 10, 0), (1, 10, 1.5), (10, 1, 2)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print args, e
# expect: (0,) empty range for randrange()
# expect: (5, 5) empty range for randrange() (5,5, 0)
# expect: (3.5,) non-integer arg 1 for randrange()
# expect: (1, 2.5) non-integer stop for randrange()
# expect: (1, 10, 0) zero step for randrange()
# expect: (1, 10, 1.5) non-integer step for randrange()
# expect: (10, 1, 2) empty range for randrange()
