# itertools objects are iterators of their own types.
import itertools as it
c = it.chain([1])
print type(c).__name__, iter(c) is c, c.next()
print type(it.count()).__name__, it.count.__name__, it.izip.__name__
print isinstance(it.islice([], 1), it.islice)
# expect: chain True 1
# expect: count count izip
# expect: True
