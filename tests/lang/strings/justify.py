# zfill, ljust, rjust, center.
print '42'.zfill(5)
print '-42'.zfill(5)
print 'abcdef'.zfill(3)
print '[' + 'ab'.ljust(5) + ']'
print '[' + 'ab'.rjust(5) + ']'
print '[' + 'ab'.center(6) + ']'
print '[' + 'abc'.center(6) + ']'
print 'ab'.ljust(5, '*')
print 'ab'.rjust(5, '0')
print 'x'.center(5, '-')
print 'toolong'.ljust(3)
# expect: 00042
# expect: -0042
# expect: abcdef
# expect: [ab   ]
# expect: [   ab]
# expect: [  ab  ]
# expect: [ abc  ]
# expect: ab***
# expect: 000ab
# expect: --x--
# expect: toolong
