# Circular import, part B: imports A while A is still half-initialised.
print 'mod_circ_b start'
import mod_circ_a
print 'mod_circ_b sees A_NAME yet?', hasattr(mod_circ_a, 'A_NAME')
B_NAME = 'b'

def from_b():
    return 'b sees ' + mod_circ_a.A_NAME
print 'mod_circ_b end'
