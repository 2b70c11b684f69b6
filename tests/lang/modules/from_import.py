# from-import of names, and from-import with as.
from mod_helper import double, VALUE
from mod_helper import Widget as W, add_item
print double(VALUE)
print W('x').label()
print add_item('a'), add_item('b')
from mod_helper import items
print items
# expect: mod_helper imported as mod_helper
# expect: 84
# expect: widget x
# expect: 1 2
# expect: ['a', 'b']
