# Format spec: the ',' thousands separator.
print format(1234567, ','), format(-1234567, ','), format(123, ',')
print format(1234567.891, ',.2f'), format(1234567.891, ','), format(0.5, ',')
print format(1234, '010,'), format(-1234, '010,'), format(1234, '08,d')
print format(12345678, '>15,'), format(12345678, '^15,'), format(12345678, '<15,')
for bad in [',x', ',c', ',s']:
    try:
        format(5, bad)
    except ValueError as e:
        print e
# expect: 1,234,567 -1,234,567 123
# expect: 1,234,567.89 1,234,567.891 0.5
# expect: 00,001,234 -0,001,234 0,001,234
# expect:      12,345,678   12,345,678    12,345,678     
# expect: Cannot specify ',' with 'x'.
# expect: Cannot specify ',' with 'c'.
# expect: Cannot specify ',' with 's'.
