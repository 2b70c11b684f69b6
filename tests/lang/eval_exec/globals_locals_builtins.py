# globals() is the module dict; locals() at module level is the same dict.
x = 1
g = globals()
print g['x'], g is locals()
g['dynamic'] = 'set through globals()'
print dynamic
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print f(1)
print '__name__' in g, g['__name__']
# expect: 1 True
# expect: set through globals()
# expect: [('a', 1), ('b', 2), ('c', 3)]
# expect: True __main__
