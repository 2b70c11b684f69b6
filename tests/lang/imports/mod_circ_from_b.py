# Circular from-import, part B.
from mod_circ_from_a import A_VALUE
B_VALUE = 2
