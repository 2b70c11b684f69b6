# itertools argument errors.
import itertools as it
for f, a in [(it.count, ('a',)), (it.repeat, ()), (it.permutations, ([1], -1)), (it.combinations, ([1],)),
             (it.izip, (1,)), (it.imap, (None, 5)), (it.chain.from_iterable, (3,)), (it.starmap, (None,))]:
    try:
        f(*a)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
# expect: TypeError a number is required
# expect: TypeError Required argument 'object' (pos 1) not found
# expect: ValueError r must be non-negative
# expect: TypeError Required argument 'r' (pos 2) not found
# expect: TypeError izip argument #1 must support iteration
# expect: TypeError 'int' object is not iterable
# expect: TypeError 'int' object is not iterable
# expect: TypeError starmap expected 2 arguments, got 1
