# len/min/max/sum/any/all/sorted/reversed/enumerate/zip on each container type.
data = [[3, 1, 2], (3, 1, 2), set([3, 1, 2]), frozenset([3, 1, 2]), {3: 'c', 1: 'a', 2: 'b'}]
for c in data:
    print type(c).__name__, len(c), min(c), max(c), sum(c), sorted(c), any(c), all(c)
print list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('ab'))
print list(enumerate('ab', 1)), zip([1, 2, 3], 'ab'), zip()
try:
    reversed(set([1]))
except TypeError, e:
    print 'TypeError:', e
# expect: list 3 1 3 6 [1, 2, 3] True True
# expect: tuple 3 1 3 6 [1, 2, 3] True True
# expect: set 3 1 3 6 [1, 2, 3] True True
# expect: frozenset 3 1 3 6 [1, 2, 3] True True
# expect: dict 3 1 3 6 [1, 2, 3] True True
# expect: [3, 2, 1] [2, 1] ['b', 'a']
# expect: [(1, 'a'), (2, 'b')] [(1, 'a'), (2, 'b')] []
# expect: TypeError: argument to reversed() must be a sequence
