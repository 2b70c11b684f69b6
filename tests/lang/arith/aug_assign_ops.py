# Every augmented assignment operator on a name.
x = 10
x += 5; print x
x -= 3; print x
x *= 2; print x
x /= 5; print x
x //= 2; print x
x **= 3; print x
x %= 5; print x
x = 12
x &= 10; print x
x |= 5; print x
x ^= 3; print x
x <<= 2; print x
x >>= 1; print x
f = 1.5
f += 1; print f
f /= 2; print f
# expect: 15
# expect: 12
# expect: 24
# expect: 4
# expect: 2
# expect: 8
# expect: 3
# expect: 8
# expect: 13
# expect: 14
# expect: 56
# expect: 28
# expect: 2.5
# expect: 1.25
