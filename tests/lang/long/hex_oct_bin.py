# hex(), oct(), bin() of longs
print hex(255L), hex(-255L), hex(0L), hex(2 ** 70)
print oct(8L), oct(-8L), oct(0L), oct(2 ** 70)
print bin(2 ** 70), bin(-5L), bin(0L)
print hex(255), oct(8), oct(0)
print (2 ** 70).__hex__(), (8L).__oct__()
# expect: 0xffL -0xffL 0x0L 0x400000000000000000L
# expect: 010L -010L 0L 0200000000000000000000000L
# expect: 0b10000000000000000000000000000000000000000000000000000000000000000000000 -0b101 0b0
# expect: 0xff 010 0
# expect: 0x400000000000000000L 010L
