# struct.pack_into / Struct.pack_into into a bytearray or memoryview, and
# unpack_from reading str, bytearray, buffer and memoryview, with CPython's
# argument and bounds messages.
import struct

def t(f, *a, **k):
    try:
        print repr(f(*a, **k))
    except Exception as e:
        print type(e).__name__, e

b = bytearray(8)
t(struct.pack_into, '<hi', b, 1, 2, 3); print repr(b)
t(struct.pack_into, '<hi', b, -6, 2, 3); print repr(b)
t(struct.pack_into, '<hi', b, -7, 2, 3)
t(struct.pack_into, '<hi', b, 3, 2, 3)
t(struct.pack_into, '<hi', b, -9, 2, 3)
t(struct.pack_into, '<hi', 'abcdefgh', 0, 2, 3)
t(struct.pack_into, '<hi', [1, 2], 0, 2, 3)
t(struct.pack_into, '<hi', 1.5, 0, 2, 3)
t(struct.pack_into, '<hi', buffer(b), 0, 7, 8)
t(struct.pack_into, '<hi', b, 0, 2)
t(struct.pack_into, '<hi', b, 0, 2, 3, 4)
t(struct.pack_into, '<hi', b)
t(struct.pack_into, '<hi')
t(struct.pack_into)
t(struct.pack_into, '<hi', b, 'x', 1, 2)
t(struct.pack_into, '<hi', b, 2**70, 7, 8)
t(struct.pack_into, '<hi', b, 0, 2, 'a')
t(struct.pack_into, '<hi', b, 0, buffer='x')
t(struct.pack_into, '<hi', memoryview(b), 0, 7, 8); print repr(b)

class BA(bytearray):
    pass
c = BA('........')
struct.pack_into('>4s', c, 2, 'abcd')
print repr(c), type(c).__name__

s = struct.Struct('>H')
t(s.pack_into, b, 6, 0x4142); print repr(b)
t(s.pack_into, b, 7, 0x4142)
t(s.pack_into, b)
t(s.pack_into)
t(s.pack_into, b, 0)
t(s.unpack_from, b, 6)
t(s.unpack_from, b)
t(s.unpack_from, buffer(b), 6)
t(s.unpack_from, memoryview(b), 6)
t(s.unpack_from, buffer=b, offset=6)

t(struct.unpack_from, '<hi', b)
t(struct.unpack_from, '<hi', b, 2)
t(struct.unpack_from, '<hi', b, 3)
t(struct.unpack_from, '<hi', b, -6)
t(struct.unpack_from, '<hi', b, -9)
t(struct.unpack_from, '<hi', buffer='abcdefgh', offset=1)
t(struct.unpack_from, '<hi', [1], 0)
t(struct.unpack_from, '<hi', 5, 0)
t(struct.unpack_from, '<hi')
t(struct.unpack_from)
t(struct.unpack_from, '<h', 'ab', 0, 1)
t(struct.unpack_from, '<h', 'ab', foo=1)
t(struct.unpack_from, '<h', bytearray('\x01\x02'))
t(struct.unpack_from, '<h', buffer('xx\x01\x02', 2))

# a round trip through one buffer
buf = bytearray(struct.calcsize('<iid') * 3)
for i in range(3):
    struct.pack_into('<iid', buf, i * 16, i, -i, i / 2.0)
print [struct.unpack_from('<iid', buf, i * 16) for i in range(3)]
print struct.pack_into.__name__, struct.Struct.pack_into.__name__
# read-only views are refused; a memoryview of a bytearray writes through
t(struct.pack_into, 'b', memoryview('ab'), 0, 1)
t(struct.pack_into, 'b', buffer(bytearray(4)), 0, 1)
ba = bytearray(4)
mv = memoryview(ba)[1:3]
t(struct.pack_into, '>h', mv, 0, 0x4142); print repr(ba)
t(struct.pack_into, '>h', mv, 1, 0x4142)
t(struct.pack_into, '', bytearray(), 0)
# several argument errors at once: CPython's order (count, required, keywords)
t(struct.unpack_from, '<h', 'ab', 0, foo=1)
t(struct.unpack_from, '<h', foo=1)
t(struct.unpack_from, '<h', offset=1)
# expect: None
# expect: bytearray(b'\x00\x02\x00\x03\x00\x00\x00\x00')
# expect: None
# expect: bytearray(b'\x00\x02\x02\x00\x03\x00\x00\x00')
# expect: None
# expect: error pack_into requires a buffer of at least 6 bytes
# expect: error pack_into requires a buffer of at least 6 bytes
# expect: TypeError argument must be read-write buffer, not str
# expect: TypeError argument must be read-write buffer, not list
# expect: TypeError argument must be read-write buffer, not float
# expect: TypeError argument must be read-write buffer, not buffer
# expect: error pack_into expected 2 items for packing (got 1)
# expect: error pack_into expected 2 items for packing (got 3)
# expect: error pack_into expected offset argument
# expect: error pack_into expected buffer argument
# expect: TypeError missing format argument
# expect: TypeError an integer is required
# expect: OverflowError long int too large to convert to int
# expect: error cannot convert argument to integer
# expect: TypeError pack_into() takes no keyword arguments
# expect: None
# expect: bytearray(b'\x07\x00\x08\x00\x00\x00\x00\x00')
# expect: bytearray(b'..abcd..') BA
# expect: None
# expect: bytearray(b'\x07\x00\x08\x00\x00\x00AB')
# expect: error pack_into requires a buffer of at least 2 bytes
# expect: error pack_into expected offset argument
# expect: error pack_into expected buffer argument
# expect: error pack_into expected 1 items for packing (got 0)
# expect: (16706,)
# expect: (1792,)
# expect: (16706,)
# expect: (16706,)
# expect: (16706,)
# expect: (7, 8)
# expect: (8, 1111556096)
# expect: error unpack_from requires a buffer of at least 6 bytes
# expect: (8, 1111556096)
# expect: error unpack_from requires a buffer of at least 6 bytes
# expect: (25442, 1734763876)
# expect: TypeError unpack_from() argument 1 must be string or buffer, not list
# expect: TypeError unpack_from() argument 1 must be string or buffer, not int
# expect: TypeError Required argument 'buffer' (pos 1) not found
# expect: TypeError missing format argument
# expect: TypeError unpack_from() takes at most 2 arguments (3 given)
# expect: TypeError 'foo' is an invalid keyword argument for this function
# expect: (513,)
# expect: (513,)
# expect: [(0, 0, 0.0), (1, -1, 0.5), (2, -2, 1.0)]
# expect: pack_into pack_into
# expect: TypeError argument must be read-write buffer, not memoryview
# expect: TypeError argument must be read-write buffer, not buffer
# expect: None
# expect: bytearray(b'\x00AB\x00')
# expect: error pack_into requires a buffer of at least 2 bytes
# expect: None
# expect: TypeError unpack_from() takes at most 2 arguments (3 given)
# expect: TypeError Required argument 'buffer' (pos 1) not found
# expect: TypeError Required argument 'buffer' (pos 1) not found
