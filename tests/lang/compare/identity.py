# is and is not test object identity.
a = [1, 2]
b = a
c = [1, 2]
print a is b
print a is c
print a == c
print a is not c
print None is None
x = None
print x is not None
print True is True
def f():
    pass
print f() is None
g = f
print g is f
# expect: True
# expect: False
# expect: True
# expect: True
# expect: True
# expect: False
# expect: True
# expect: True
# expect: True
