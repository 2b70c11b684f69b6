# del with simple and extended slices.
l = range(10)
del l[2:4]
print l
del l[::2]
print l
del l[-1:]
print l
del l[:]
print l
l = range(10)
del l[::-3]
print l
del l[5:100]
print l
del l[100:]
print l
del l[1:1]
print l
# expect: [0, 1, 4, 5, 6, 7, 8, 9]
# expect: [1, 5, 7, 9]
# expect: [1, 5, 7]
# expect: []
# expect: [1, 2, 4, 5, 7, 8]
# expect: [1, 2, 4, 5, 7]
# expect: [1, 2, 4, 5, 7]
# expect: [1, 2, 4, 5, 7]
