# find, rfind, index.
s = 'abcabc'
print s.find('b'), s.rfind('b')
print s.find('z'), s.rfind('z')
print s.find('c', 3)
print s.find('abc', 1)
print s.find('')
print s.index('ca')
try:
    s.index('zz')
except ValueError, e:
    print 'ValueError:', e
# expect: 1 4
# expect: -1 -1
# expect: 5
# expect: 3
# expect: 0
# expect: 2
# expect: ValueError: substring not found
