# dict.viewkeys/viewvalues/viewitems: live views with len, iteration, membership and set operations.
d = {'a': 1, 'b': 2}
k, v, i = d.viewkeys(), d.viewvalues(), d.viewitems()
print type(k).__name__, type(v).__name__, type(i).__name__, len(k), len(v), len(i)
print sorted(k), sorted(v), sorted(i)
print 'a' in k, 'z' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i
d['c'] = 3
print len(k), sorted(k), sorted(v), sorted(i)
print sorted(k & set('abz')), sorted(k | ['q']), sorted(k - ['a']), sorted(k ^ set('az'))
print sorted(['a', 'z'] & k), sorted(['a', 'z'] - k), type(k & k).__name__
print k == set('abc'), k == ['a', 'b', 'c'], k < set('abcd'), k >= set('ab'), i == set(d.items())
print repr(dict(a=1).viewkeys()), repr(dict(a=1).viewvalues()), repr(dict(a=[1]).viewitems())
print type(iter(k)).__name__, type(iter(i)).__name__
for bad in [lambda: hash(k), lambda: k & 1, lambda: dict(a=[1]).viewitems() & set()]:
    try:
        bad()
    except TypeError, e:
        print 'TypeError:', e
# expect: dict_keys dict_values dict_items 2 2 2
# expect: ['a', 'b'] [1, 2] [('a', 1), ('b', 2)]
# expect: True False True True False False
# expect: 3 ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]
# expect: ['a', 'b'] ['a', 'b', 'c', 'q'] ['b', 'c'] ['b', 'c', 'z']
# expect: ['a'] ['z'] set
# expect: True False True True True
# expect: dict_keys(['a']) dict_values([1]) dict_items([('a', [1])])
# expect: dictionary-keyiterator dictionary-itemiterator
# expect: TypeError: unhashable type: 'dict_keys'
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: unhashable type: 'list'
