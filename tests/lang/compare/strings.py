# String comparison is lexicographic by byte value.
print 'abc' < 'abd'
print 'abc' < 'ab'
print 'ab' < 'abc'
print 'Z' < 'a'
print '' < 'a'
print 'abc' == 'abc'
print 'abc' != 'ABC'
print '10' < '9'
print 'b' > 'abc'
print sorted(['pear', 'Apple', 'apple', 'banana'])
# expect: True
# expect: False
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: ['Apple', 'apple', 'banana', 'pear']
