# Functions are values: stored, passed and returned.
def double(x):
    return x * 2
def square(x):
    return x * x
ops = [double, square]
print [op(5) for op in ops]
table = {'d': double, 's': square}
print table['s'](4)
def apply_twice(f, x):
    return f(f(x))
print apply_twice(double, 3)
def pick(name):
    if name == 'd':
        return double
    return square
print pick('s')(9)
f = double
print f is double, f(21)
print type(f)
# expect: [10, 25]
# expect: 16
# expect: 12
# expect: 81
# expect: True 42
# expect: <type 'function'>
