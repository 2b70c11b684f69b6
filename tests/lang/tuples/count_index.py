# count and index.
t = (1, 2, 2, 3, 2)
print t.count(2), t.count(9)
print t.index(3)
print t.index(2)
try:
    t.index(9)
except ValueError:
    print 'ValueError'
# expect: 3 0
# expect: 3
# expect: 1
# expect: ValueError
