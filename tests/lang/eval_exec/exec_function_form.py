# exec(code, globals) with parentheses, the Python 3 compatible spelling.
ns = {'x': 3}
exec('y = x ** 2', ns)
print ns['y']
exec('print "printed from exec"')
exec("class K(object):\n    v = 7\n", ns)
print ns['K'].v, ns['K'].__name__
# expect: 9
# expect: printed from exec
# expect: 7 K
