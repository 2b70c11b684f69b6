# struct.error messages.
import struct
for args in [('b', 200), ('B', -1), ('h', 70000), ('H', -1), ('<i', 2 ** 31), ('<I', -1), ('I', 2 ** 32),
             ('i', 'x'), ('i',), ('i', 1, 2), ('z', 1), ('c', 'ab'), ('<L', 2 ** 32)]:
    try:
        struct.pack(*args)
    except struct.error as e:
        print args[0], e
try:
    struct.unpack('i', 'abc')
except struct.error as e:
    print e
print issubclass(struct.error, Exception)
# expect: b byte format requires -128 <= number <= 127
# expect: B ubyte format requires 0 <= number <= 255
# expect: h short format requires SHRT_MIN <= number <= SHRT_MAX
# expect: H ushort format requires 0 <= number <= USHRT_MAX
# expect: <i 'i' format requires -2147483648 <= number <= 2147483647
# expect: <I integer out of range for 'I' format code
# expect: I 'I' format requires 0 <= number <= 4294967295
# expect: i cannot convert argument to integer
# expect: i pack expected 1 items for packing (got 0)
# expect: i pack expected 1 items for packing (got 2)
# expect: z bad char in struct format
# expect: c char format require string of length 1
# expect: <L 'L' format requires 0 <= number <= 4294967295
# expect: unpack requires a string argument of length 4
# expect: True
