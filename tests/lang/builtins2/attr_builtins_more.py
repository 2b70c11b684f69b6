# getattr with default, hasattr, setattr, delattr and vars on instances and classes.
class Box(object):
    kind = 'box'
    def __init__(self):
        self.size = 3
b = Box()
print getattr(b, 'size'), getattr(b, 'kind'), getattr(b, 'missing', 'dflt')
print hasattr(b, 'size'), hasattr(b, 'nope'), hasattr(Box, 'kind')
setattr(b, 'color', 'red')
print b.color, sorted(vars(b).items())
delattr(b, 'color')
print hasattr(b, 'color'), b.__dict__
setattr(Box, 'shared', 1)
print Box().shared
try:
    getattr(b, 'absent')
except AttributeError, e:
    print 'AttributeError:', e
try:
    delattr(b, 'absent')
except AttributeError, e:
    print 'AttributeError:', e
print getattr(b, 'size', None), getattr(5, 'real')
# expect: 3 box dflt
# expect: True False True
# expect: red [('color', 'red'), ('size', 3)]
# expect: False {'size': 3}
# expect: 1
# expect: AttributeError: 'Box' object has no attribute 'absent'
# expect: AttributeError: absent
# expect: 3 5
