# The Struct class and unpack_from.
import struct
s = struct.Struct('<ih')
print s.size, s.format, repr(s.pack(7, -2)), s.unpack(s.pack(7, -2))
print struct.unpack_from('<h', 'xx\x01\x00', 2), s.unpack_from('..' + s.pack(1, 2), 2)
header = struct.Struct('>4sHH')
data = header.pack('RPYV', 2, 7)
magic, major, minor = header.unpack(data)
print magic, major, minor, len(data)
records = ''.join(struct.pack('<iB', i * 1000, i) for i in range(3))
print [struct.unpack_from('<iB', records, o) for o in range(0, len(records), 5)]
# expect: 6 <ih '\x07\x00\x00\x00\xfe\xff' (7, -2)
# expect: (1,) (1, 2)
# expect: RPYV 2 7 8
# expect: [(0, 0), (1000, 1), (2000, 2)]
