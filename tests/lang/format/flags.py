# The -, +, 0 and space flags.
print '[%-6d]' % 42
print '[%+d]' % 42
print '[%+d]' % -42
print '[%06d]' % 42
print '[%06d]' % -42
print '[% d]' % 42
print '[% d]' % -42
print '[%+.2f]' % 1.5
print '[%08.3f]' % -3.14159
print '[%-+6d]' % 7
print '[%05x]' % 255
# expect: [42    ]
# expect: [+42]
# expect: [-42]
# expect: [000042]
# expect: [-00042]
# expect: [ 42]
# expect: [-42]
# expect: [+1.50]
# expect: [-003.142]
# expect: [+7    ]
# expect: [000ff]
