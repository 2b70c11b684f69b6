# str has no L, repr does
x = -2 ** 70
print str(x), repr(x), `x`
print '%s %r' % (x, x)
print [2 ** 64, 3L], (5L,), {1L: 2L}
print str(0L), repr(0L)
# expect: -1180591620717411303424 -1180591620717411303424L -1180591620717411303424L
# expect: -1180591620717411303424 -1180591620717411303424L
# expect: [18446744073709551616L, 3L] (5L,) {1L: 2L}
# expect: 0 0L
