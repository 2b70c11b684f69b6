# bool is a subclass of int.
print True + 1
print True + True
print False * 10
print True * 3.5
print sum([True, True, False, True])
print -True
print True / 2
print 10 - False
print isinstance(True, int)
# expect: 2
# expect: 2
# expect: 0
# expect: 3.5
# expect: 3
# expect: -1
# expect: 0
# expect: 10
# expect: True
