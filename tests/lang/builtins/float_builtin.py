# float() from ints and strings.
print float(2)
print float('3.5')
print float('  -1e3 ')
print float('.25')
print float(True)
print float()
try:
    float('abc')
except ValueError, e:
    print 'ValueError:', e
# expect: 2.0
# expect: 3.5
# expect: -1000.0
# expect: 0.25
# expect: 1.0
# expect: 0.0
# expect: ValueError: could not convert string to float: abc
