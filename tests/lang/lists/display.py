# List displays and repr.
print []
print [1, 2, 3]
print [1, 'a', 2.5, None, True]
print [[1, 2], [], [[3]]]
print [1, 2, ]
print len([0] * 5)
print ['quote\'s']
# expect: []
# expect: [1, 2, 3]
# expect: [1, 'a', 2.5, None, True]
# expect: [[1, 2], [], [[3]]]
# expect: [1, 2]
# expect: 5
# expect: ["quote's"]
