# A module executes once; later imports (in any form) get the same cached object.
import mod_counter
print mod_counter.bump(), mod_counter.bump()
import mod_counter
import mod_counter as again
from mod_counter import bump
print again is mod_counter, bump(), mod_counter.count
import sys
print sys.modules['mod_counter'] is mod_counter
def in_function():
    import mod_counter
    return mod_counter.bump()
print in_function()
# expect: mod_counter executing
# expect: 1 2
# expect: True 3 3
# expect: True
# expect: 4
