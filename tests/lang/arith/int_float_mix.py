# Mixing ints and floats gives floats.
print 1 + 2.0
print 3 * 1.5
print 10 - 0.5
print 2 ** 0.5
print 4 ** 0.5
print 1 == 1.0
print 2 < 2.5
print 3 > 2.9
print type(1 + 1.0)
print int(2.0) + 1
print 10 / 4.0
print 2.0 ** 3
# expect: 3.0
# expect: 4.5
# expect: 9.5
# expect: 1.41421356237
# expect: 2.0
# expect: True
# expect: True
# expect: True
# expect: <type 'float'>
# expect: 3
# expect: 2.5
# expect: 8.0
