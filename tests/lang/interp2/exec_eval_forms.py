# exec and eval in their Python 2 forms: namespaces, function locals,
# compile() code objects, the tuple form, and SyntaxError details.
def func_exec():
    a = 1
    exec 'a = a + 1; b = a * 10'
    return a, b

print func_exec()

def func_exec_in():
    ns = {}
    exec 'x = 5' in ns
    g, l = {'y': 2}, {}
    exec 'z = y * 3' in g, l
    return ns['x'], l, 'z' in g

print func_exec_in()

code = compile('q = 6 * 7', '<compiled>', 'exec')
d = {}
exec code in d
print d['q']
exec('r = 1 + 1', d)
print d['r']
exec('s = r + 1', d, d)
print d['s']

expr = compile('u * 2', '<expr>', 'eval')
print eval(expr, {'u': 21}), eval('u + v', {'u': 1}, {'v': 2})

def closure_eval():
    k = 7
    return eval('k * 6')
print closure_eval()

single = compile('40 + 2', '<single>', 'single')
exec single
exec compile('None', '<single>', 'single')

for src, mode in [('def f(:', 'exec'), ('  x = 1', 'exec'), ('(1,', 'eval'),
                  ('x +* 2', 'eval'), ('return 1', 'exec')]:
    try:
        compile(src, '<bad>', mode)
    except SyntaxError, e:
        print type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text)

try:
    exec 'y = 1 +* 2'
except SyntaxError, e:
    print 'exec:', e

ns = {}
exec 'def f(n):\n    return n + 1\n' in ns
print ns['f'](1), sorted(k for k in ns if not k.startswith('__'))
print eval('__name__'), eval('__name__', {'__name__': 'other'})
exec 'print 1 / 2'
# expect: (2, 20)
# expect: (5, {'z': 6}, False)
# expect: 42
# expect: 2
# expect: 3
# expect: 42 3
# expect: 42
# expect: 42
# expect: SyntaxError invalid syntax 1 7 'def f(:\n'
# expect: IndentationError unexpected indent 1 2 '  x = 1\n'
# expect: SyntaxError unexpected EOF while parsing 1 3 '(1,'
# expect: SyntaxError invalid syntax 1 4 'x +* 2'
# expect: SyntaxError 'return' outside function 1 None None
# expect: exec: invalid syntax (<string>, line 1)
# expect: 2 ['f']
# expect: __main__ other
# expect: 0
