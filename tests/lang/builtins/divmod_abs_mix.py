# divmod with mixed int/float operands.
print divmod(9, 4)
print divmod(9.0, 4)
print divmod(-9, 4.0)
print divmod(0, 3)
# expect: (2, 1)
# expect: (2.0, 1.0)
# expect: (-3.0, 3.0)
# expect: (0, 0)
