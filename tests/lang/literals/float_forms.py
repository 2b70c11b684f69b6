# Float literals without exponents.
print 1.0
print .5
print 5.
print 0.25
print 3.14159
print 0.0
print 100.5
print type(.5)
print 1.5 + .5
# expect: 1.0
# expect: 0.5
# expect: 5.0
# expect: 0.25
# expect: 3.14159
# expect: 0.0
# expect: 100.5
# expect: <type 'float'>
# expect: 2.0
