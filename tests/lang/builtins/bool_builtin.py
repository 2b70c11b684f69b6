# bool() of various values.
print bool(), bool(0), bool(1), bool(-1)
print bool(''), bool('x'), bool([]), bool([0]), bool({}), bool(None)
print bool(0.0), bool(0.1), bool(())
print type(bool(1))
# expect: False False True True
# expect: False True False True False False
# expect: False True False
# expect: <type 'bool'>
