# buffer and memoryview: read-only (and, over a bytearray, writable) views of bytes.
buf = buffer('abcdef', 2, 3)
print str(buf), len(buf), buf[0], buf[1:], buf + 'xy', buf == 'cde', str(buffer(buf, 1))
m = memoryview('abcd')
print len(m), m[1], m[1:3].tobytes(), m.tolist(), m.readonly, m.format, m.itemsize, m.ndim, m.shape
ba = bytearray('hello')
v = memoryview(ba)
v[0] = 'J'
v[1:3] = 'EL'
print ba, v.readonly, v.tobytes() == str(ba)
for bad in [lambda: memoryview(5), lambda: memoryview('ab').__setitem__(0, 'x'),
            lambda: v.__setitem__(slice(0, 2), 'abc'), lambda: buffer([])]:
    try:
        bad()
    except (TypeError, ValueError), e:
        print type(e).__name__ + ':', e
# expect: cde 3 c de cdexy False de
# expect: 4 b bc [97, 98, 99, 100] True B 1 1 (4L,)
# expect: JELlo False True
# expect: TypeError: cannot make memory view because object does not have the buffer interface
# expect: TypeError: cannot modify read-only memory
# expect: ValueError: cannot modify size of memoryview object
# expect: TypeError: buffer object expected
