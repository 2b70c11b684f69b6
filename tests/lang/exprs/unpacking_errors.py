# Unpacking the wrong number of values raises ValueError.
try:
    a, b = 1, 2, 3
except ValueError, e:
    print 'ValueError:', e
try:
    a, b, c = [1, 2]
except ValueError, e:
    print 'ValueError:', e
try:
    a, b = 5
except TypeError, e:
    print 'TypeError:', e
# expect: ValueError: too many values to unpack
# expect: ValueError: need more than 2 values to unpack
# expect: TypeError: 'int' object is not iterable
