# time.time and time.clock (only properties that do not depend on the clock).
import time
t = time.time()
print t > 0
print type(t)
print time.clock() >= 0
t2 = time.time()
print t2 >= t
# expect: True
# expect: <type 'float'>
# expect: True
# expect: True
