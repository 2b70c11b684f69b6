# type() of builtin values and user classes.
class C(object):
    pass
print type(1)
print type(1.0)
print type('a')
print type(True)
print type(None)
print type([])
print type(())
print type({})
print type(C())
print type(C)
print type(1) == int, type('a') is str
print type(len) == type(abs)
# expect: <type 'int'>
# expect: <type 'float'>
# expect: <type 'str'>
# expect: <type 'bool'>
# expect: <type 'NoneType'>
# expect: <type 'list'>
# expect: <type 'tuple'>
# expect: <type 'dict'>
# expect: <class '__main__.C'>
# expect: <type 'type'>
# expect: True True
# expect: True
