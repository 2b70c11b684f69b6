# eval with explicit globals and locals dictionaries.
g = {'a': 2}
l = {'b': 3}
print eval('a * b', g, l)
print eval('a + 1', g)
print eval('c', {}, {'c': 'from locals'})
print '__builtins__' in g
print eval('len([1, 2])', {})
try:
    eval('missing_name', {})
except NameError, e:
    print 'NameError:', e
ns = {}
print eval('abs(-4)', ns), sorted(k for k in ns if k != '__builtins__')
# expect: 6
# expect: 3
# expect: from locals
# expect: True
# expect: 2
# expect: NameError: name 'missing_name' is not defined
# expect: 4 []
