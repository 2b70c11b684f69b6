# Comparisons between ints, floats and bools.
print 1 == 1.0
print 1 < 1.5
print 2.0 > 1
print True == 1
print False < 1
print True > 0.5
print 0 == -0.0
print 3 != 3.0
print 1 <= True
print max(1, 2.5), min(3, 2.0)
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: False
# expect: True
# expect: 2.5 2.0
