# min and max with several arguments, one iterable, and key=.
print min(3, 1, 2), max(3, 1, 2)
print min([5, 4, 6]), max([5, 4, 6])
print min('hello'), max('hello')
print min(2, 1.5), max(2, 2.5)
print max(['aa', 'b', 'ccc'], key=len)
print min(['aa', 'b', 'ccc'], key=len)
print max(-3, 2, key=abs)
print max([(1, 'b'), (1, 'a')])
try:
    max([])
except ValueError, e:
    print 'ValueError:', e
# expect: 1 3
# expect: 4 6
# expect: e o
# expect: 1.5 2.5
# expect: ccc
# expect: b
# expect: -3
# expect: (1, 'b')
# expect: ValueError: max() arg is an empty sequence
