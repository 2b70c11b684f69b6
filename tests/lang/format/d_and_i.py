# %d and %i, including floats (truncated) and negatives.
print '%d' % 42
print '%i' % -7
print '%d' % 3.99
print '%d' % -3.99
print '%d items' % 0
print '%d%d' % (1, 2)
print '%d' % True
# expect: 42
# expect: -7
# expect: 3
# expect: -3
# expect: 0 items
# expect: 12
# expect: 1
