# rpartition, rindex, rfind with ranges, and index/find start/end arguments.
print 'a.b.c'.rpartition('.'), 'abc'.rpartition('.')
print 'a.b.c'.partition('.'), 'abc'.partition('x')
print 'hello hello'.rindex('llo'), 'hello hello'.index('llo', 3)
print 'abcabc'.find('b', 2), 'abcabc'.find('b', 2, 4), 'abcabc'.find('b', 5)
print 'abcabc'.rfind('b', 0, 4), 'abcabc'.rfind('c', -3), 'abc'.find('')
print 'abc'.find('', 5), 'abc'.rfind(''), 'abcabc'.count('b', 2), 'aaaa'.count('aa')
try:
    'abc'.rindex('z')
except ValueError, e:
    print 'ValueError:', e
try:
    'abc'.partition('')
except ValueError, e:
    print 'ValueError:', e
# expect: ('a.b', '.', 'c') ('', '', 'abc')
# expect: ('a', '.', 'b.c') ('abc', '', '')
# expect: 8 8
# expect: 4 -1 -1
# expect: 1 5 0
# expect: -1 3 1 2
# expect: ValueError: substring not found
# expect: ValueError: empty separator
