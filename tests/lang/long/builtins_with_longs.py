# builtins that take longs
print range(3L), range(2L, 10L, 3L), len(range(5L))
print [10, 20, 30][1L], 'abc'[2L], (1, 2, 3)[-1L], [0, 1, 2, 3, 4][1L:3L]
print 'ab' * 3L, [0] * 2L
print sum([2 ** 62] * 4), sum([1L, 2L, 3]), max([1, 2 ** 70, 3]), abs(-2 ** 70)
print round(2 ** 70), round(5L), divmod(2 ** 70, 3)
print chr(65L), bool(0L), bool(2 ** 70), not 0L
print str(10L).zfill(5), list(xrange(3L))
# expect: [0, 1, 2] [2, 5, 8] 5
# expect: 20 c 3 [1, 2]
# expect: ababab [0, 0]
# expect: 18446744073709551616 6 1180591620717411303424 1180591620717411303424
# expect: 1.18059162072e+21 5.0 (393530540239137101141L, 1L)
# expect: A False True True
# expect: 00010 [0, 1, 2]
