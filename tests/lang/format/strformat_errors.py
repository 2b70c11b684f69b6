# str.format parse and lookup errors, with CPython's messages.
cases = ['{', '}', 'a}b', '{0', '{0!}', '{0!x}', '{0!rr}', '{0.}', '{0[}', '{0[0]x}',
         '{} {0}', '{0} {}', '{1}', '{nope}', '{0:{1:{2}}}', '{:d}', '{:s}', '{:z}', '{:,x}', '{:.}', '{:10.2.2}']
for c in cases:
    try:
        print repr(c.format('s', 2, 3))
    except (ValueError, IndexError, KeyError) as e:
        print repr(c), type(e).__name__, e
# expect: '{' ValueError Single '{' encountered in format string
# expect: '}' ValueError Single '}' encountered in format string
# expect: 'a}b' ValueError Single '}' encountered in format string
# expect: '{0' ValueError unmatched '{' in format
# expect: '{0!}' ValueError end of format while looking for conversion specifier
# expect: '{0!x}' ValueError Unknown conversion specifier x
# expect: '{0!rr}' ValueError expected ':' after format specifier
# expect: '{0.}' ValueError Empty attribute in format string
# expect: '{0[}' ValueError Missing ']' in format string
# expect: '{0[0]x}' ValueError Only '.' or '[' may follow ']' in format field specifier
# expect: '{} {0}' ValueError cannot switch from automatic field numbering to manual field specification
# expect: '{0} {}' ValueError cannot switch from manual field specification to automatic field numbering
# expect: '2'
# expect: '{nope}' KeyError 'nope'
# expect: '{0:{1:{2}}}' ValueError Max string recursion exceeded
# expect: '{:d}' ValueError Unknown format code 'd' for object of type 'str'
# expect: 's'
# expect: '{:z}' ValueError Unknown format code 'z' for object of type 'str'
# expect: '{:,x}' ValueError Cannot specify ',' with 'x'.
# expect: '{:.}' ValueError Format specifier missing precision
# expect: '{:10.2.2}' ValueError Invalid conversion specification
