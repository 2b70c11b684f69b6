# Format spec: inf, nan and signed zero.
inf = float('inf')
nan = float('nan')
for spec in ['', 'f', 'F', 'e', 'E', 'g', 'G', '+', '8', '<8', '08', '%']:
    print repr(spec), format(inf, spec), format(-inf, spec), format(nan, spec)
print format(-0.0, ''), format(-0.0, '.1f'), format(0.0, '+')
# expect: '' inf -inf nan
# expect: 'f' inf -inf nan
# expect: 'F' INF -INF NAN
# expect: 'e' inf -inf nan
# expect: 'E' INF -INF NAN
# expect: 'g' inf -inf nan
# expect: 'G' INF -INF NAN
# expect: '+' +inf -inf +nan
# expect: '8'      inf     -inf      nan
# expect: '<8' inf      -inf     nan     
# expect: '08' 00000inf -0000inf 00000nan
# expect: '%' inf% -inf% nan%
# expect: -0.0 -0.0 +0.0
