# Format spec errors for strings and integers.
for v, spec in [('ab', '+'), ('ab', '#'), ('ab', '='), ('ab', '05'), (5, '.2'), (5, '+c'), (300, 'c'), (1.5, 'd'), (1.5, '#'), (1, 'ss')]:
    try:
        print repr(format(v, spec))
    except (ValueError, OverflowError) as e:
        print repr(v), repr(spec), type(e).__name__, e
# expect: 'ab' '+' ValueError Sign not allowed in string format specifier
# expect: 'ab' '#' ValueError Alternate form (#) not allowed in string format specifier
# expect: 'ab' '=' ValueError '=' alignment not allowed in string format specifier
# expect: 'ab' '05' ValueError '=' alignment not allowed in string format specifier
# expect: 5 '.2' ValueError Precision not allowed in integer format specifier
# expect: 5 '+c' ValueError Sign not allowed with integer format specifier 'c'
# expect: 300 'c' OverflowError %c arg not in range(0x100)
# expect: 1.5 'd' ValueError Unknown format code 'd' for object of type 'float'
# expect: 1.5 '#' ValueError Alternate form (#) not allowed in float format specifier
# expect: 1 'ss' ValueError Invalid conversion specification
