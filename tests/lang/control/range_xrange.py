# range returns a list; xrange is lazy but iterates the same.
print range(5)
print range(2, 6)
print range(1, 10, 3)
print range(10, 0, -3)
print range(0)
print range(5, 2)
print type(range(3))
total = 0
for i in xrange(1, 101):
    total += i
print total
print list(xrange(3, 0, -1))
print len(range(0, 100, 7))
print [i * i for i in xrange(4)]
# expect: [0, 1, 2, 3, 4]
# expect: [2, 3, 4, 5]
# expect: [1, 4, 7]
# expect: [10, 7, 4, 1]
# expect: []
# expect: []
# expect: <type 'list'>
# expect: 5050
# expect: [3, 2, 1]
# expect: 15
# expect: [0, 1, 4, 9]
