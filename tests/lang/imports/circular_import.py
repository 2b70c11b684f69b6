# Circular imports work as in CPython: the second module sees a partly initialised first.
import mod_circ_a
print mod_circ_a.from_a()
print mod_circ_a.mod_circ_b.from_b()
# expect: mod_circ_a start
# expect: mod_circ_b start
# expect: mod_circ_b sees A_NAME yet? False
# expect: mod_circ_b end
# expect: mod_circ_a end
# expect: a sees b
# expect: b sees a
