# Builtins are values that can be stored and passed.
fs = [len, str, abs]
print [f(-3) if f is abs else f('xy') for f in fs]
print map(int, ['1', '2'])
mx = max
print mx(1, 9)
print sorted(['b', 'A', 'c'], key=lambda s: s.lower())
# expect: [2, 'xy', 3]
# expect: [1, 2]
# expect: 9
# expect: ['A', 'b', 'c']
