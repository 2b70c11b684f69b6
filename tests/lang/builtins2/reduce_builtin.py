# reduce with and without an initial value; the empty-sequence error.
print reduce(lambda a, b: a + b, [1, 2, 3, 4])
print reduce(lambda a, b: a * b, range(1, 6), 1)
print reduce(lambda acc, c: c + acc, 'abc', '')
print reduce(lambda a, b: a + b, [], 'initial')
print reduce(lambda a, b: a + b, [42])
print reduce(max, [3, 9, 2])
print reduce(lambda a, b: [b] + a, (1, 2, 3), [])
try:
    reduce(lambda a, b: a, [])
except TypeError, e:
    print 'TypeError:', e
# expect: 10
# expect: 120
# expect: cba
# expect: initial
# expect: 42
# expect: 9
# expect: [3, 2, 1]
# expect: TypeError: reduce() of empty sequence with no initial value
