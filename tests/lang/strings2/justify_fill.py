# ljust/rjust/center with a fill character, zfill with signs.
print repr('ab'.ljust(6, '*')), repr('ab'.rjust(6, '-')), repr('ab'.center(7, '='))
print repr('abc'.center(6)), repr('abc'.center(7)), repr('ab'.center(5))
print repr('abc'.ljust(2)), repr(''.center(3, '+'))
print '42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3)
print '-'.zfill(3), ''.zfill(2)
try:
    'a'.ljust(5, 'xy')
except TypeError, e:
    print 'TypeError:', e
# expect: 'ab****' '----ab' '===ab=='
# expect: ' abc  ' '  abc  ' '  ab '
# expect: 'abc' '+++'
# expect: 00042 -0042 +0042 00abc 12345
# expect: -00 00
# expect: TypeError: ljust() argument 2 must be char, not str
