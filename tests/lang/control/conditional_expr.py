# Conditional expressions, nested and lazy.
x = 5
print 'big' if x > 3 else 'small'
print 'big' if x > 10 else 'small'
print 'a' if x < 0 else 'b' if x < 3 else 'c'
def boom():
    raise ValueError('evaluated')
print 1 if True else boom()
y = (x if x % 2 else 0) + 1
print y
print [v if v > 0 else -v for v in [-1, 2, -3]]
# expect: big
# expect: small
# expect: c
# expect: 1
# expect: 6
# expect: [1, 2, 3]
