# frozenset is immutable and hashable; mixed operations return the left operand's type.
f = frozenset([1, 2, 3])
s = set([2, 3, 4])
print type(f | s).__name__, type(s | f).__name__, type(f & s).__name__
print sorted(f - s), f == set([1, 2, 3]), frozenset() == set()
d = {f: 'frozen key'}
print d[frozenset([3, 2, 1])]
print frozenset([1]) in set([frozenset([1])])
print set([1]) in set([frozenset([1])])
try:
    f.add(4)
except AttributeError, e:
    print 'AttributeError:', e
try:
    {set([1]): 0}
except TypeError, e:
    print 'TypeError:', e
print frozenset(), set(), frozenset([5]), set([5])
print repr(frozenset('a')), len(frozenset('hello'))
# expect: frozenset set frozenset
# expect: [1] True True
# expect: frozen key
# expect: True
# expect: True
# expect: AttributeError: 'frozenset' object has no attribute 'add'
# expect: TypeError: unhashable type: 'set'
# expect: frozenset([]) set([]) frozenset([5]) set([5])
# expect: frozenset(['a']) 4
