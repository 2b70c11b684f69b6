# isinstance / issubclass with tuples and inheritance
class A(object): pass
class B(A): pass
class C(object): pass
b = B()
print isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(5, (str, int))
print issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(B, object)
print isinstance(b, ((C,), (A,))), issubclass(bool, int), isinstance(True, int)
try:
    isinstance(b, 5)
except TypeError as e:
    print e
# expect: True True False True
# expect: True True False True
# expect: True True True
# expect: isinstance() arg 2 must be a class, type, or tuple of classes and types
