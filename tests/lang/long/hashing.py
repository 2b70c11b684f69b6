# hash(long) == hash(int) when equal, and long dict keys
print hash(5L) == hash(5), hash(-1L) == hash(-1), hash(2 ** 63 - 1) == hash(9223372036854775807)
print hash(2 ** 64), hash(2 ** 63), hash(-2 ** 63), hash(2 ** 64 - 1), hash(-2 ** 64 + 1)
print hash(2 ** 100) == hash(float(2 ** 100)), hash(10 ** 40)
d = {5L: 'five', 2 ** 70: 'big'}
print d[5], d[5.0], d[2 ** 70], 2 ** 70 in d, (2 ** 70 + 1) in d
s = set([1, 1L, 1.0, 2 ** 64, 2 ** 64 + 0])
print len(s)
# expect: True True True
# expect: 1 -9223372036854775808 -9223372036854775808 -2 1
# expect: True 2098486950404341705
# expect: five five big True False
# expect: 2
