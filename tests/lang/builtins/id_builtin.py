# id: the same object has the same id.
a = [1]
b = a
c = [1]
print id(a) == id(b)
print id(a) == id(c)
print id(None) == id(None)
print id(c) == id(c)
# expect: True
# expect: False
# expect: True
# expect: True
