# The traceback module: print_exc, format_exc, print_exception,
# extract_tb, format_exception_only, format_tb, extract_stack.
import sys
import traceback

class AppError(Exception):
    pass

def inner(n):
    if n == 0:
        raise AppError('bottom reached')
    inner(n - 1)

def outer():
    inner(2)

try:
    outer()
except AppError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print text.splitlines()[-1]
    etype, value, tb = sys.exc_info()
    for entry in traceback.extract_tb(tb):
        print entry
    print traceback.format_exception_only(etype, value)
    print ''.join(traceback.format_tb(tb, 2)),
    traceback.print_exception(etype, value, tb, 1, sys.stdout)
    print len(traceback.format_exception(etype, value, tb))

try:
    {}['missing']
except KeyError:
    print traceback.format_exc().splitlines()[-1]

try:
    compile('if True\n    pass\n', 'broken.py', 'exec')
except SyntaxError:
    traceback.print_exc(file=sys.stdout)

try:
    eval('(1 +')
except SyntaxError:
    lines = traceback.format_exception_only(*sys.exc_info()[:2])
    print ''.join(lines),

print traceback.format_exception_only(ValueError, None)
print traceback.format_exception_only(ValueError, ValueError())
print traceback.format_exception_only(ValueError, ValueError('v'))

def where():
    stack = traceback.extract_stack()
    return [(name, line) for (filename, lineno, name, line) in stack[-2:]]
print where()
print traceback.format_exc() == 'None\n'
sys.stderr = sys.stdout
traceback.print_exception(IndexError, IndexError('to stderr'), None)
# expect: Traceback (most recent call last):
# expect:   File "tests/lang/interp2/traceback_module.py", line 18, in <module>
# expect:     outer()
# expect:   File "tests/lang/interp2/traceback_module.py", line 15, in outer
# expect:     inner(2)
# expect:   File "tests/lang/interp2/traceback_module.py", line 12, in inner
# expect:     inner(n - 1)
# expect:   File "tests/lang/interp2/traceback_module.py", line 12, in inner
# expect:     inner(n - 1)
# expect:   File "tests/lang/interp2/traceback_module.py", line 11, in inner
# expect:     raise AppError('bottom reached')
# expect: AppError: bottom reached
# expect: AppError: bottom reached
# expect: ('tests/lang/interp2/traceback_module.py', 18, '<module>', 'outer()')
# expect: ('tests/lang/interp2/traceback_module.py', 15, 'outer', 'inner(2)')
# expect: ('tests/lang/interp2/traceback_module.py', 12, 'inner', 'inner(n - 1)')
# expect: ('tests/lang/interp2/traceback_module.py', 12, 'inner', 'inner(n - 1)')
# expect: ('tests/lang/interp2/traceback_module.py', 11, 'inner', "raise AppError('bottom reached')")
# expect: ['AppError: bottom reached\n']
# expect:   File "tests/lang/interp2/traceback_module.py", line 18, in <module>
# expect:     outer()
# expect:   File "tests/lang/interp2/traceback_module.py", line 15, in outer
# expect:     inner(2)
# expect: Traceback (most recent call last):
# expect:   File "tests/lang/interp2/traceback_module.py", line 18, in <module>
# expect:     outer()
# expect: AppError: bottom reached
# expect: 7
# expect: KeyError: 'missing'
# expect: Traceback (most recent call last):
# expect:   File "tests/lang/interp2/traceback_module.py", line 37, in <module>
# expect:     compile('if True\n    pass\n', 'broken.py', 'exec')
# expect:   File "broken.py", line 1
# expect:     if True
# expect:           ^
# expect: SyntaxError: invalid syntax
# expect:   File "<string>", line 1
# expect:     (1 +
# expect:        ^
# expect: SyntaxError: unexpected EOF while parsing
# expect: ['ValueError\n']
# expect: ['ValueError\n']
# expect: ['ValueError: v\n']
# expect: [('<module>', 'print where()'), ('where', 'stack = traceback.extract_stack()')]
# expect: False
# expect: IndexError: to stderr
