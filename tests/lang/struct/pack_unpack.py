# struct.pack / unpack with byte orders and sizes.
import struct
print repr(struct.pack('<hHiI', -1, 2, -3, 4)), repr(struct.pack('>hHiI', -1, 2, -3, 4))
print repr(struct.pack('!d', 1.5)), repr(struct.pack('<f', 0.1)), repr(struct.pack('=q', -2))
print struct.unpack('<hHiI', struct.pack('<hHiI', -1, 2, -3, 4))
print struct.unpack('>Q', '\xff' * 8), struct.unpack('<q', '\xff' * 8), struct.unpack('>f', '?\x80\x00\x00')
print repr(struct.pack('3s2x?c', 'abcd', True, 'z')), struct.unpack('3s2x?c', 'abc\x00\x00\x01z')
print repr(struct.pack('5p', 'ab')), struct.unpack('5p', '\x02abcd')
print struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.calcsize('lLP'), struct.calcsize('<lL'), struct.calcsize('10s')
print repr(struct.pack('@bhiq', 1, 2, 3, 4))
# expect: '\xff\xff\x02\x00\xfd\xff\xff\xff\x04\x00\x00\x00' '\xff\xff\x00\x02\xff\xff\xff\xfd\x00\x00\x00\x04'
# expect: '?\xf8\x00\x00\x00\x00\x00\x00' '\xcd\xcc\xcc=' '\xfe\xff\xff\xff\xff\xff\xff\xff'
# expect: (-1, 2, -3, 4)
# expect: (18446744073709551615L,) (-1,) (1.0,)
# expect: 'abc\x00\x00\x01z' ('abc', True, 'z')
# expect: '\x02ab\x00\x00' ('ab',)
# expect: 16 15 24 8 10
# expect: '\x01\x00\x02\x00\x03\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00'
