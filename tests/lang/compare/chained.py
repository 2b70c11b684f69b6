# Chained comparisons evaluate each operand once.
print 1 < 2 < 3
print 1 < 3 < 2
print 3 > 2 > 1
print 1 < 3 > 2
print 1 == 1 == 1
print 1 == 1 != 2
print 0 <= 0 < 1 <= 1
calls = []
def val(n):
    calls.append(n)
    return n
print val(1) < val(2) < val(0) < val(5)
print calls
# expect: True
# expect: False
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: False
# expect: [1, 2, 0]
