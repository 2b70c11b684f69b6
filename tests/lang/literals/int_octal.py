# Octal literals: the old form 0777 and the new form 0o777.
print 0777
print 0o777
print 0O17
print 010 + 1
print 00
print 0
print 0o0
# expect: 511
# expect: 511
# expect: 15
# expect: 9
# expect: 0
# expect: 0
# expect: 0
