# reverse in place.
a = [1, 2, 3, 4]
print a.reverse()
print a
b = []
b.reverse()
print b
c = ['x']
c.reverse()
print c
# expect: None
# expect: [4, 3, 2, 1]
# expect: []
# expect: ['x']
