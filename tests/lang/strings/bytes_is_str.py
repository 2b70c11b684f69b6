# bytes is the same type as str.
print bytes is str
print bytes("abc")
print bytes(42)
print type(bytes("x"))
print isinstance("s", bytes)
# expect: True
# expect: abc
# expect: 42
# expect: <type 'str'>
# expect: True
