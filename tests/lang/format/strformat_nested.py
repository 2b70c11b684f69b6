# Nested replacement fields inside the format spec.
for w in (4, 8):
    print '[{0:>{1}}]'.format('ab', w)
print '[{:{}{}}]'.format('x', '^', 5)
print '{0:.{1}f}'.format(3.14159, 2)
print '{0:{fill}{align}{width}}'.format('mid', fill='*', align='^', width=9)
print '{:{}}'.format(12, 6)
# expect: [  ab]
# expect: [      ab]
# expect: [  x  ]
# expect: 3.14
# expect: ***mid***
# expect:     12
