# *args collects extra positional arguments into a tuple.
def f(a, *args):
    print a, args
f(1)
f(1, 2, 3)
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print total(), total(5), total(1, 2, 3, 4)
def first(*args):
    return args[0] if args else None
print first('x', 'y'), first()
# expect: 1 ()
# expect: 1 (2, 3)
# expect: 0 5 10
# expect: x None
