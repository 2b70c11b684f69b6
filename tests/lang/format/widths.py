# Field widths and precision on strings.
print '[%5d]' % 42
print '[%5s]' % 'ab'
print '[%-5s]' % 'ab'
print '[%8.3f]' % 3.14159
print '[%3d]' % 12345
print '[%.2s]' % 'abcdef'
print '[%6.2s]' % 'abcdef'
print '[%10e]' % 1.5
print '[%-6x]' % 255
# expect: [   42]
# expect: [   ab]
# expect: [ab   ]
# expect: [   3.142]
# expect: [12345]
# expect: [ab]
# expect: [    ab]
# expect: [1.500000e+00]
# expect: [ff    ]
