# hash: equal values hash equally; unhashable types raise TypeError.
print hash('abc') == hash('ab' + 'c')
print hash(1) == hash(1.0)
print hash((1, 2)) == hash((1, 2))
print hash(True) == hash(1)
print type(hash('x'))
try:
    hash([1])
except TypeError, e:
    print 'TypeError:', e
try:
    hash({})
except TypeError, e:
    print 'TypeError:', e
# expect: True
# expect: True
# expect: True
# expect: True
# expect: <type 'int'>
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'dict'
