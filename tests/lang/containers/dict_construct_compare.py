# dict() from pairs, keywords and mappings; equality; comprehensions; len and bool.
print dict([('a', 1)]) == {'a': 1}, dict(a=1) == dict([('a', 1)])
print dict({'k': 'v'}, k2='v2') == {'k': 'v', 'k2': 'v2'}
print {1: 'a', 1.0: 'b'}, len({1: 0, True: 1})
sq = {n: n * n for n in range(5)}
print sorted(sq.items())
print {}.__len__(), bool({}), bool({0: 0})
print {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}
try:
    dict([(1, 2, 3)])
except ValueError, e:
    print 'ValueError:', e
try:
    dict([1])
except TypeError, e:
    print 'TypeError:', e
d = {}
d[(1, 2)] = 'tuple'
d[frozenset([1])] = 'frozenset'
print d[(1, 2)], d[frozenset([1])]
# expect: True True
# expect: True
# expect: {1: 'b'} 1
# expect: [(0, 0), (1, 1), (2, 4), (3, 9), (4, 16)]
# expect: 0 False True
# expect: True True
# expect: ValueError: dictionary update sequence element #0 has length 3; 2 is required
# expect: TypeError: cannot convert dictionary update sequence element #0 to a sequence
# expect: tuple frozenset
