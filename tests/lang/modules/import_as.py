# import ... as ... for builtin and user modules.
import mod_helper as h
import math as m
import sys as system
print h.double(5)
print '%.6f' % m.sqrt(2)
print system.maxint > 0
# expect: mod_helper imported as mod_helper
# expect: 10
# expect: 1.414214
# expect: True
