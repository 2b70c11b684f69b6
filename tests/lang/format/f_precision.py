# %f and %.Nf.
print '%f' % 3.14159
print '%.2f' % 3.14159
print '%.0f' % 2.5
print '%.0f' % 3.5
print '%.3f' % -1.0005
print '%f' % 2
print '%.1f' % 0.05
print '%.10f' % (1.0 / 3)
# expect: 3.141590
# expect: 3.14
# expect: 2
# expect: 4
# expect: -1.000
# expect: 2.000000
# expect: 0.1
# expect: 0.3333333333
