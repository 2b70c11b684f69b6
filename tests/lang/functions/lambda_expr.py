# lambda expressions.
add = lambda a, b: a + b
print add(2, 3)
print (lambda: 'no args')()
print (lambda x, y=10: x + y)(1)
print (lambda *a: len(a))(1, 2, 3)
print map(lambda x: x * x, [1, 2, 3])
print sorted([3, 1, 2], key=lambda v: -v)
print (lambda x: lambda y: x * y)(3)(4)
f = lambda n: 1 if n <= 1 else n * f(n - 1)
print f(6)
# expect: 5
# expect: no args
# expect: 11
# expect: 3
# expect: [1, 4, 9]
# expect: [3, 2, 1]
# expect: 12
# expect: 720
