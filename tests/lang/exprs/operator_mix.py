# A mix of operators with Python 2 precedence.
x = 3
y = 4
print x * y + y / x - y % x
print x + y * 2 ** 2
print x < y == True
print (x < y) == True
print x | y & 1 << 2
print -x ** 2 + y
print not x < y or y < x
print x if y else x + 1, 'done'
print 1 + 2 < 4 and 'yes' or 'no'
print x in [3] and y not in [3]
# expect: 12
# expect: 19
# expect: False
# expect: True
# expect: 7
# expect: -5
# expect: False
# expect: 3 done
# expect: yes
# expect: True
