# apply, max/min with key, sum with start, enumerate start, divmod and pow on ints.
def f(a, b, c=0):
    return a * 100 + b * 10 + c
print apply(f, (1, 2)), apply(f, (1, 2), {'c': 3}), apply(len, ['abc'])
print max('apple', 'fig', 'banana', key=len), min([3, -5, 2], key=abs)
print max([1, 5, 3]), min('hello'), max((1, 'a'), (1, 'b'))
print sum([[1], [2]], []), sum([0.5, 0.25], 10), sum(range(101))
print list(enumerate('xyz', 10))
print divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, -1)
try:
    max([])
except ValueError, e:
    print 'ValueError:', e
try:
    sum(['a', 'b'], '')
except TypeError, e:
    print 'TypeError:', e
# expect: 120 123 3
# expect: banana 2
# expect: 5 e (1, 'b')
# expect: [1, 2] 10.75 5050
# expect: [(10, 'x'), (11, 'y'), (12, 'z')]
# expect: (3, 2) (-4, 3) 1024 0.5
# expect: ValueError: max() arg is an empty sequence
# expect: TypeError: sum() can't sum strings [use ''.join(seq) instead]
