# Circular import, part A: imports B at the top, then defines its names.
print 'mod_circ_a start'
import mod_circ_b
A_NAME = 'a'

def from_a():
    return 'a sees ' + mod_circ_b.B_NAME
print 'mod_circ_a end'
