# Modules are values: stored in variables and passed to functions.
import math
import mod_helper
def call(mod, name, arg):
    return getattr(mod, name)(arg)
print call(math, 'sqrt', 9.0)
print call(mod_helper, 'double', 4)
m = math
print m is math
print hasattr(math, 'pi'), hasattr(math, 'nope')
# expect: mod_helper imported as mod_helper
# expect: 3.0
# expect: 8
# expect: True
# expect: True False
