# chr and ord.
print chr(65), chr(97), chr(48)
print ord('A'), ord('z'), ord(' ')
print repr(chr(10)), repr(chr(255))
print ''.join([chr(i) for i in range(72, 76)])
try:
    chr(256)
except ValueError, e:
    print 'ValueError:', e
try:
    ord('ab')
except TypeError, e:
    print 'TypeError:', e
# expect: A a 0
# expect: 65 122 32
# expect: '\n' '\xff'
# expect: HIJK
# expect: ValueError: chr() arg not in range(256)
# expect: TypeError: ord() expected a character, but string of length 2 found
