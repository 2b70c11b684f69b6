# shifts of longs
print 1L << 100, (2 ** 100) >> 99, -2 ** 70 >> 3, -1L >> 100, 1L >> 100
print 7 << 61, 7 << 62, -7 << 62
print (2 ** 64) << 0, (2 ** 64) >> 0
for f in (lambda: 1L << -1, lambda: 1 >> -1, lambda: 1L << 2 ** 70, lambda: 1 >> 2 ** 70):
    try:
        print f()
    except (ValueError, OverflowError) as e:
        print type(e).__name__, e
# expect: 1267650600228229401496703205376 2 -147573952589676412928 -1 0
# expect: 16140901064495857664 32281802128991715328 -32281802128991715328
# expect: 18446744073709551616 18446744073709551616
# expect: ValueError negative shift count
# expect: ValueError negative shift count
# expect: OverflowError long int too large to convert to int
# expect: OverflowError long int too large to convert to int
