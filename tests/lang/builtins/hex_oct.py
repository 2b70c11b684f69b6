# hex and oct.
print hex(255), hex(0), hex(-255), hex(16)
print oct(8), oct(0), oct(-8), oct(511)
print int(hex(1000), 16)
# expect: 0xff 0x0 -0xff 0x10
# expect: 010 0 -010 0777
# expect: 1000
