# abs on ints, floats and bools.
print abs(-5), abs(5), abs(0)
print abs(-2.5), abs(2.5)
print abs(-0.0)
print abs(True), abs(-True)
# expect: 5 5 0
# expect: 2.5 2.5
# expect: 0.0
# expect: 1 1
