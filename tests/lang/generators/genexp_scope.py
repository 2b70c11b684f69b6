# A genexp's first iterable is evaluated at once; the rest (and the loop variable) later.
data = [1, 2, 3]
g = (x * 10 for x in data)
data = [7, 8]
print list(g)
y = 100
g = (x + y for x in range(3))
y = 200
print list(g)
x = 'outer'
print list(x for x in range(2))
print x
try:
    g = (a for a in 5)
except TypeError, e:
    print 'TypeError:', e
# expect: [10, 20, 30]
# expect: [200, 201, 202]
# expect: [0, 1]
# expect: outer
# expect: TypeError: 'int' object is not iterable
