# Negative indices and slices on strings, lists and tuples.
s = 'python'
l = list(s)
t = tuple(s)
print s[-1], l[-1], t[-1]
print s[-2:], l[-2:], t[-2:]
print s[:-2], l[:-2]
print s[-5:-2]
print s[-100:2]
print s[::-2], l[::-2]
# expect: n n n
# expect: on ['o', 'n'] ('o', 'n')
# expect: pyth ['p', 'y', 't', 'h']
# expect: yth
# expect: py
# expect: nhy ['n', 'h', 'y']
