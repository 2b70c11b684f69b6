# Module attributes can be read and written from outside.
import mod_helper
mod_helper.VALUE = 7
print mod_helper.double(mod_helper.VALUE)
mod_helper.new_attr = 'added'
import mod_helper as m2
print m2.new_attr, m2.VALUE
# expect: mod_helper imported as mod_helper
# expect: 14
# expect: added 7
