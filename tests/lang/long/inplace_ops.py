# augmented assignment with longs
x = 1
for i in range(10):
    x *= 1000
print x, type(x)
x -= 10 ** 30
print x
x += 5L
x <<= 3
x |= 1
x ^= 2 ** 65
x &= 2 ** 66 - 1
x >>= 1
x //= 3
x %= 10 ** 9
x **= 3
print x
# expect: 1000000000000000000000000000000 <type 'long'>
# expect: 0
# expect: 13230865452857562873672128
