# Attributes added at run time, hasattr/getattr/setattr, AttributeError, del.
class Thing(object):
    pass
t = Thing()
t.color = 'red'
print t.color
print hasattr(t, 'color'), hasattr(t, 'size')
setattr(t, 'size', 3)
print t.size, getattr(t, 'size')
print getattr(t, 'weight', 'no weight')
try:
    t.weight
except AttributeError, e:
    print 'AttributeError:', e
del t.color
print hasattr(t, 'color')
# expect: red
# expect: True False
# expect: 3 3
# expect: no weight
# expect: AttributeError: 'Thing' object has no attribute 'weight'
# expect: False
