# del on list items and slices.
a = range(10)
del a[0]
print a
del a[-1]
print a
del a[2:4]
print a
del a[::2]
print a
del a[:]
print a
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: [1, 2, 3, 4, 5, 6, 7, 8]
# expect: [1, 2, 5, 6, 7, 8]
# expect: [2, 6, 8]
# expect: []
