# In Python 2 the loop variable of a list comprehension leaks into the enclosing scope.
x = 'before'
squares = [x * x for x in range(4)]
print squares
print x
def f():
    [y for y in 'abc']
    return y
print f()
print [z for z in range(3) for w in range(2)], z, w
# expect: [0, 1, 4, 9]
# expect: 3
# expect: c
# expect: [0, 0, 1, 1, 2, 2] 2 1
