# Assignment inside a function creates a local that shadows the global.
x = 'global'
def f():
    x = 'local'
    return x
print f(), x
def g():
    return x
print g()
def h(x):
    x = x + '!'
    return x
print h('arg'), x
# expect: local global
# expect: global
# expect: arg! global
