# sum with and without a start value.
print sum([1, 2, 3])
print sum([])
print sum([1, 2], 10)
print sum([0.5, 0.25])
print sum(range(101))
print sum([[1], [2, 3]], [])
print sum((1, 2.5))
# expect: 6
# expect: 0
# expect: 13
# expect: 0.75
# expect: 5050
# expect: [1, 2, 3]
# expect: 3.5
