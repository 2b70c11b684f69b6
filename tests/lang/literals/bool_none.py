# True, False and None.
print True, False, None
print repr(None)
print type(True), type(None)
print True == 1, False == 0
print None is None
print not None
x = None
print x
# expect: True False None
# expect: None
# expect: <type 'bool'> <type 'NoneType'>
# expect: True True
# expect: True
# expect: True
# expect: None
