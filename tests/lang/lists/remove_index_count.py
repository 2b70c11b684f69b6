# remove, index, count.
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print a.count(5), a.count(1), a.count(7)
print a.index(1), a.index(5), a.index(5, 5)
a.remove(1)
print a
try:
    a.remove(42)
except ValueError, e:
    print 'ValueError:', e
try:
    a.index(42)
except ValueError, e:
    print 'ValueError'
# expect: 3 2 0
# expect: 1 4 8
# expect: [3, 4, 1, 5, 9, 2, 6, 5, 3, 5]
# expect: ValueError: list.remove(x): x not in list
# expect: ValueError
