# not binds looser than comparisons; and binds tighter than or.
print not 1 == 2
print not 1 < 2
print (not 1) == 2
print True or False and False
print (True or False) and False
print not True or True
print not (True or True)
print 1 < 2 and 2 < 3 or 0
x = 5
print not x > 3 and x < 10
# expect: True
# expect: False
# expect: False
# expect: True
# expect: False
# expect: True
# expect: False
# expect: True
# expect: False
