# math domain errors raise ValueError.
import math
try:
    math.sqrt(-1)
except ValueError, e:
    print 'ValueError:', e
try:
    math.log(0)
except ValueError, e:
    print 'ValueError:', e
# expect: ValueError: math domain error
# expect: ValueError: math domain error
