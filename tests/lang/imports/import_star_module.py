# from m import * skips names starting with underscore unless __all__ lists them.
from mod_star import *
print public, helper()
try:
    _private
except NameError, e:
    print 'NameError:', e
from mod_star_all import *
print exported, _also_exported
try:
    not_exported
except NameError, e:
    print 'NameError:', e
# expect: public helper
# expect: NameError: name '_private' is not defined
# expect: 1 2
# expect: NameError: name 'not_exported' is not defined
