# type() of instances and classes of new-style classes.
class C(object):
    pass
class D(C):
    pass
c = C()
print type(c)
print type(D())
print type(c) is C
print type(D()) is C
print C
print type(1), type('s'), type(1.5), type(None), type([]), type(()), type({}), type(True)
# expect: <class '__main__.C'>
# expect: <class '__main__.D'>
# expect: True
# expect: False
# expect: <class '__main__.C'>
# expect: <type 'int'> <type 'str'> <type 'float'> <type 'NoneType'> <type 'list'> <type 'tuple'> <type 'dict'> <type 'bool'>
