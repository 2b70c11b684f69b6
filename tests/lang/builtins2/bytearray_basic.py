# bytearray: a mutable sequence of bytes built from str, ints or a length.
b = bytearray('hello')
print b, len(b), b[0], b[-1]
b[0] = ord('j')
b.append(ord('!'))
b.extend('??')
print str(b), repr(b)
print repr(bytearray(3)), bytearray([65, 66, 67]), list(bytearray('ab'))
print b[1:3], type(b[1:3]).__name__, 'ell' in b, b.find('l')
del b[0]
print b, b.upper(), str(b.replace('l', 'L'))
try:
    b[0] = 256
except ValueError, e:
    print 'ValueError:', e
# expect: hello 5 104 111
# expect: jello!?? bytearray(b'jello!??')
# expect: bytearray(b'\x00\x00\x00') ABC [97, 98]
# expect: el bytearray True 2
# expect: ello!?? ELLO!?? eLLo!??
# expect: ValueError: byte must be in range(0, 256)
