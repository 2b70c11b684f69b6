# `from __future__ import x` binds x to the _Feature object, as in CPython 2.7,
# and compile() understands the features' compiler flags.
from __future__ import division, print_function
import __future__
print(division is __future__.division, print_function.getMandatoryRelease())
print(1 / 2)
code = compile('r = 1 / 2', '<s>', 'exec', 0, 1)
ns = {}
exec code in ns
print(ns['r'])
code = compile('r = 7 / 2', '<s>', 'exec', __future__.division.compiler_flag, 1)
exec code in ns
print(ns['r'])
code = compile('print("a", "b", sep="-")', '<s>', 'exec',
               __future__.print_function.compiler_flag, 1)
exec code
# expect: True (3, 0, 0, 'alpha', 0)
# expect: 0.5
# expect: 0
# expect: 3.5
# expect: a-b
