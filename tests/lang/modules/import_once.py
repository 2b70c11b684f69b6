# A module's body runs only once; every import returns the same module object.
import mod_helper
import mod_helper as again
from mod_helper import add_item
print mod_helper is again
add_item(1)
print len(again.items)
import mod_chain
print mod_chain.quadruple(3)
print mod_chain.mod_helper is mod_helper
# expect: mod_helper imported as mod_helper
# expect: True
# expect: 1
# expect: 12
# expect: True
