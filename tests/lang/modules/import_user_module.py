# import of a module that lives next to the script.
import mod_helper
print mod_helper.VALUE
print mod_helper.double(21)
w = mod_helper.Widget('w1')
print w.label()
print mod_helper.__name__
# expect: mod_helper imported as mod_helper
# expect: 42
# expect: 42
# expect: widget w1
# expect: mod_helper
