# isinstance with classes, builtin types and tuples of them.
class A(object):
    pass
class B(A):
    pass
class Other(object):
    pass
b = B()
print isinstance(b, B), isinstance(b, A), isinstance(b, Other)
print isinstance(b, (Other, A))
print isinstance(b, (Other,))
print isinstance(3, int), isinstance(3.0, int), isinstance(3, (float, int))
print isinstance('s', str), isinstance([], list), isinstance((), tuple), isinstance({}, dict)
print isinstance(None, object), isinstance(b, object)
# expect: True True False
# expect: True
# expect: False
# expect: True False True
# expect: True True True True
# expect: True True
