# bytearray as a mutable sequence: slice assignment and deletion, insert/pop/remove, += and *=.
b = bytearray('abcdef')
del b[::2]
print b, len(b)
b[::2] = 'XY'
print b
b[1:2] = [65, 66]
print b
b[0] = 'z'
b[-1] = 33
print b
b.insert(0, 60)
b.insert(100, 62)
print b, b.pop(), b.pop(0), b
b.remove(ord('A'))
b.reverse()
print b
x = bytearray('ab')
x += 'cd'
x *= 2
print x, x * 0, 2 * bytearray('q'), bytearray('ab') + bytearray('cd')
print [c for c in bytearray('hi')], list(reversed(bytearray('ab'))), 98 in bytearray('abc')
for bad in [lambda: b.remove(200), lambda: bytearray().pop(), lambda: bytearray('a')[5],
            lambda: b.__setitem__(slice(None, None, 2), 'toolongvalue'), lambda: b.append(256),
            lambda: bytearray(-1), lambda: hash(bytearray())]:
    try:
        bad()
    except (ValueError, OverflowError, IndexError, TypeError), e:
        print type(e).__name__ + ':', e
# expect: bdf 3
# expect: XdY
# expect: XABY
# expect: zAB!
# expect: <zAB!> 62 60 zAB!
# expect: !Bz
# expect: abcdabcd  qq abcd
# expect: [104, 105] [98, 97] True
# expect: ValueError: value not found in bytearray
# expect: IndexError: pop from empty bytearray
# expect: IndexError: bytearray index out of range
# expect: ValueError: attempt to assign bytes of size 12 to extended slice of size 2
# expect: ValueError: byte must be in range(0, 256)
# expect: ValueError: negative count
# expect: TypeError: unhashable type: 'bytearray'
