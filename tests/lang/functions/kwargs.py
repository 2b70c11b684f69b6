# **kwargs collects extra keyword arguments into a dict (printed sorted).
def f(a, **kwargs):
    print a, sorted(kwargs.items())
f(1)
f(1, b=2)
f(a=3, z=26, y=25)
def describe(**opts):
    for k in sorted(opts):
        print '%s=%s' % (k, opts[k])
describe(color='red', size=3)
describe()
# expect: 1 []
# expect: 1 [('b', 2)]
# expect: 3 [('y', 25), ('z', 26)]
# expect: color=red
# expect: size=3
