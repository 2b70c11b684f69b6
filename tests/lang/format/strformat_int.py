# Format spec: integer types, signs, alternate forms, zero padding.
for spec in ['d', '+d', ' d', '-d', 'b', '#b', 'o', '#o', 'x', '#x', 'X', '#X', 'c', 'n', '08d', '+08d', '#010x', '>5', '^7b']:
    print spec, repr(format(77, spec)), repr(format(-77, spec) if spec not in ('c',) else '')
print format(True), format(True, 'd'), format(False, '>5')
print format(0, '#x'), format(0, 'b')
# expect: d '77' '-77'
# expect: +d '+77' '-77'
# expect:  d ' 77' '-77'
# expect: -d '77' '-77'
# expect: b '1001101' '-1001101'
# expect: #b '0b1001101' '-0b1001101'
# expect: o '115' '-115'
# expect: #o '0o115' '-0o115'
# expect: x '4d' '-4d'
# expect: #x '0x4d' '-0x4d'
# expect: X '4D' '-4D'
# expect: #X '0X4D' '-0X4D'
# expect: c 'M' ''
# expect: n '77' '-77'
# expect: 08d '00000077' '-0000077'
# expect: +08d '+0000077' '-0000077'
# expect: #010x '0x0000004d' '-0x000004d'
# expect: >5 '   77' '  -77'
# expect: ^7b '1001101' '-1001101'
# expect: True 1     0
# expect: 0x0 0
