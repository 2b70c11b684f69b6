# isinstance/issubclass with tuples (also nested), basestring, bool as int, old types.
print isinstance(1, (str, int)), isinstance('s', (int, (float, str)))
print isinstance('s', basestring), isinstance(5, basestring), isinstance(True, int)
print issubclass(bool, int), issubclass(int, (str, object)), issubclass(str, basestring)
print isinstance(None, type(None)), isinstance(int, type), isinstance([], object)
print isinstance(3.0, (int, long)), isinstance(2 ** 10, (int, long))
class A(object): pass
class B(A): pass
print issubclass(B, (int, A)), isinstance(B(), A), issubclass(A, B), issubclass(B, B)
try:
    isinstance(1, 5)
except TypeError, e:
    print 'TypeError:', e
try:
    issubclass(A(), A)
except TypeError, e:
    print 'TypeError:', e
# expect: True True
# expect: True False True
# expect: True True True
# expect: True True True
# expect: False True
# expect: True True False True
# expect: TypeError: isinstance() arg 2 must be a class, type, or tuple of classes and types
# expect: TypeError: issubclass() arg 1 must be a class
