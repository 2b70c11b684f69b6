# chain, chain.from_iterable and islice forms.
from itertools import chain, islice
print list(chain('ab', [1, 2], (3,))), list(chain()), list(chain.from_iterable(['xy', 'z']))
print list(islice('abcdefg', 3)), list(islice('abcdefg', 2, 5)), list(islice('abcdefg', 1, None, 2))
print list(islice(xrange(100), 10, 20, 4)), list(islice('abc', 5, 10))
for bad in [(-1,), (1, 'x'), (0, 5, 0)]:
    try:
        islice('abc', *bad)
    except ValueError as e:
        print e
# expect: ['a', 'b', 1, 2, 3] [] ['x', 'y', 'z']
# expect: ['a', 'b', 'c'] ['c', 'd', 'e'] ['b', 'd', 'f']
# expect: [10, 14, 18] []
# expect: Stop argument for islice() must be None or an integer: 0 <= x <= maxint.
# expect: Stop argument for islice() must be None or an integer: 0 <= x <= maxint.
# expect: Step for islice() must be a positive integer or None.
