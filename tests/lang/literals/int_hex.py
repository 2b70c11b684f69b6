# Hexadecimal integer literals.
print 0xff
print 0XFF
print 0x0
print 0xDeadBeef
print 0x7fffffffffffffff
print -0x10
print 0x10 + 0x01
# expect: 255
# expect: 255
# expect: 0
# expect: 3735928559
# expect: 9223372036854775807
# expect: -16
# expect: 17
