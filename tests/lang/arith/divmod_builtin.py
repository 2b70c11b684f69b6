# divmod on ints and floats follows // and %.
print divmod(7, 2)
print divmod(-7, 2)
print divmod(7, -2)
print divmod(-7, -2)
print divmod(7.5, 2)
print divmod(-7.5, 2)
q, r = divmod(100, 7)
print q, r, q * 7 + r
# expect: (3, 1)
# expect: (-4, 1)
# expect: (-4, -1)
# expect: (3, -1)
# expect: (3.0, 1.5)
# expect: (-4.0, 0.5)
# expect: 14 2 100
