# Remaining str methods: __len__, __contains__, __mul__, __getitem__ with steps, encode/decode.
s = 'abcdefgh'
print len(s), 'cde' in s, '' in s, 'x' not in s
print s[::2], s[::-1], s[1:7:3], s[-2::-2], s[100:], repr(s[5:2])
print 'ab' * 3, 3 * 'x', repr('ab' * 0), repr('ab' * -2)
print s.__len__(), s.__getitem__(2), s.__contains__('h')
print 'abc'.encode('ascii'), 'abc'.decode('utf-8'), 'x-y'.encode('utf-8')
print 'a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'ab' < 'abc', cmp('b', 'a')
print str.upper('x'), str.join('-', ['a', 'b'])
print 'abc'.isalpha(), 'ab c'.isalpha(), '12'.isdigit(), ' '.isspace(), ''.isspace()
# expect: 8 True True True
# expect: aceg hgfedcba be geca  ''
# expect: ababab xxx '' ''
# expect: 8 c True
# expect: abc abc x-y
# expect: True True True True 1
# expect: X a-b
# expect: True False True True False
