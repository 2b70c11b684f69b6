# Generator expressions: lazy, single-pass, usable as the sole argument of a call.
squares = (x * x for x in range(6))
print type(squares).__name__
print sum(squares)
print sum(squares)
print list(x for x in 'abc')
print sum(x for x in range(10) if x % 2)
print max(len(w) for w in ['a', 'abcd', 'ab'])
pairs = list((i, j) for i in range(3) for j in range(i))
print pairs
print ','.join(str(n) for n in [3, 1, 2])
g = (c.upper() for c in 'xy')
print g.next(), g.next()
print sorted((-n for n in [2, 9, 4]), reverse=True)
# expect: generator
# expect: 55
# expect: 0
# expect: ['a', 'b', 'c']
# expect: 25
# expect: 4
# expect: [(1, 0), (2, 0), (2, 1)]
# expect: 3,1,2
# expect: X Y
# expect: [-2, -4, -9]
