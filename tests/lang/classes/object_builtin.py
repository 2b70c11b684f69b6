# object() instances and classes deriving from object.
o = object()
print type(o)
print isinstance(o, object)
print o is not object()
print o == o, o != object()
try:
    o.attr = 1
except AttributeError, e:
    print 'AttributeError:', e
# expect: <type 'object'>
# expect: True
# expect: True
# expect: True True
# expect: AttributeError: 'object' object has no attribute 'attr'
