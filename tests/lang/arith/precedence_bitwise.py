# Bitwise operator precedence: shifts < arithmetic, then & then ^ then |.
print 1 | 2 & 3 ^ 4
print (1 | 2) & 3
print 1 << 3 + 1
print (1 << 3) + 1
print 6 & 3 == 2
print 5 ^ 1 | 8
print ~5
print ~-1
print -8 >> 1
print 1 << 2 << 3
print 256 >> 2 >> 1
print 5 & ~1
# expect: 7
# expect: 3
# expect: 16
# expect: 9
# expect: True
# expect: 12
# expect: -6
# expect: 0
# expect: -4
# expect: 32
# expect: 32
# expect: 4
