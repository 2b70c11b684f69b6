# %x, %X, %o, %c and %%.
print '%x' % 255
print '%X' % 255
print '%x' % -255
print '%o' % 8
print '%o' % 0
print '%c' % 65
print '%c' % 'z'
print '100%%' % ()
print '%d%%' % 50
print '%x-%X' % (3054, 3054)
# expect: ff
# expect: FF
# expect: -ff
# expect: 10
# expect: 0
# expect: A
# expect: z
# expect: 100%
# expect: 50%
# expect: bee-BEE
