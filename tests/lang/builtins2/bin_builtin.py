# bin, hex and oct of positive, negative and zero values; int() parses them back.
for n in [0, 1, 5, 255, -1, -10, 1024]:
    print n, bin(n), hex(n), oct(n)
print int(bin(37), 2), int('0b101', 0), int('-0b11', 0), int('0o17', 0), int('017', 0)
print int('ff', 16), int('0xff', 16), int('z', 36), int(' 42 ')
try:
    bin(1.5)
except TypeError, e:
    print 'TypeError:', e
# expect: 0 0b0 0x0 0
# expect: 1 0b1 0x1 01
# expect: 5 0b101 0x5 05
# expect: 255 0b11111111 0xff 0377
# expect: -1 -0b1 -0x1 -01
# expect: -10 -0b1010 -0xa -012
# expect: 1024 0b10000000000 0x400 02000
# expect: 37 5 -3 15 15
# expect: 255 255 35 42
# expect: TypeError: 'float' object cannot be interpreted as an index
