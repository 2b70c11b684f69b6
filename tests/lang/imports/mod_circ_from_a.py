# Circular from-import, part A: B asks for a name A has not defined yet.
from mod_circ_from_b import B_VALUE
A_VALUE = 1
