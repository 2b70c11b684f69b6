# Iterating over a string, ord and chr round trip.
total = 0
for ch in 'hello':
    total += ord(ch)
print total
print [c for c in 'abc']
print ''.join([chr(ord(c) + 1) for c in 'HAL'])
print list('xy')
# expect: 532
# expect: ['a', 'b', 'c']
# expect: IBM
# expect: ['x', 'y']
