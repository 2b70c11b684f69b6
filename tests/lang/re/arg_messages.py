# Argument errors of the re module functions (Python functions in CPython's
# re.py, so ceval's messages) and of the pattern and match methods
# (PyArg_ParseTupleAndKeywords order: count, positions, conversions, unknown
# keywords), with the old 'pattern' / 'source' keyword names of string.
import re

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, 'span'):
            r = ('match', r.span())
        elif hasattr(r, 'next'):
            r = ('iter', [m.span() for m in r])
        elif hasattr(r, 'pattern'):
            r = ('pattern', r.pattern)
        print repr(r)
    except Exception as e:
        print type(e).__name__, e

for fn in (re.match, re.search, re.sub, re.subn, re.split, re.findall, re.finditer,
           re.compile, re.escape, re.purge, re.template):
    print fn.__name__
    t(fn)
    t(fn, 'a', 'b', 'c', 'd', 'e', 'f', 'g')
    t(fn, string='a')
    t(fn, 'a', x=1)
t(re.match, 'a')
t(re.match, 'a', 'a', flags=0, x=2)
t(re.match, pattern='a', string='a')
t(re.match, 'a', 'a', pattern='a')
t(re.finditer, 'a', 'aba', flags=0)
t(re.sub, 'a', 'b')
t(re.sub, 'a', 'b', 'aa', count=1)
t(re.sub, 'a', 'b', 'aa', 1, 0, 7)
t(re.split, 'a', 'bab', maxsplit=1)
t(re.escape, pattern='a.b')

p = re.compile('(a)(b)?')
for meth in ('match', 'search', 'findall', 'split', 'sub', 'finditer'):
    f = getattr(p, meth)
    print meth
    t(f)
    t(f, 'a', 'b', 'c', 'd', 'e', 'f')
    t(f, x=1)
    t(f, 'a', 0, 1, 2)
    t(f, 'a', 0, 1, x=2)
    t(f, 'a', 0, pos=1)
    t(f, 'ab', pattern='a')
    t(f, pattern='ab')
    t(f, source='ab')
    t(f, string='ab')
    t(f, 'b', string='ab')
    t(f, 'b', 'ab', repl='ab')
    t(f, 'b', 'ab', 0, count=1)
    t(f, 'b', 'ab', x=1)
t(p.match, x=1, pos=2)
t(p.match, pos='a', x=1)
t(p.match, 1)
t(p.match, 'ab', 1.5)
t(p.split, 'ab', maxsplit='a')
t(p.split, 'ab', source='ab')
t(p.sub, repl='a')
t(p.sub, 'x', 'ab', count='z')
t(p.subn, 'x', 'ab', z=1)
t(p.finditer, 'ab', 'z')
t(p.match, 'ab', pos=1)
t(p.search, 'ab', endpos=1)

m = p.match('a')
t(m.groups, 1, 2)
t(m.groups, 1)
t(m.groups, default=3)
t(m.groups, x=3)
t(m.groups, 1, x=2)
t(m.groups, 1, default=2)
t(m.groupdict, 1, 2)
t(m.groupdict, x=1)
t(m.groupdict, 1, 2, 3)
t(m.group, x=1)
t(m.start, 1, 2)
t(m.span, 1, 2)
t(m.end, 1, 2)
t(m.expand)
t(m.expand, 'a', 'b')
# expect: match
# expect: TypeError match() takes at least 2 arguments (0 given)
# expect: TypeError match() takes at most 3 arguments (7 given)
# expect: TypeError match() takes at least 2 arguments (1 given)
# expect: TypeError match() got an unexpected keyword argument 'x'
# expect: search
# expect: TypeError search() takes at least 2 arguments (0 given)
# expect: TypeError search() takes at most 3 arguments (7 given)
# expect: TypeError search() takes at least 2 arguments (1 given)
# expect: TypeError search() got an unexpected keyword argument 'x'
# expect: sub
# expect: TypeError sub() takes at least 3 arguments (0 given)
# expect: TypeError sub() takes at most 5 arguments (7 given)
# expect: TypeError sub() takes at least 3 arguments (1 given)
# expect: TypeError sub() got an unexpected keyword argument 'x'
# expect: subn
# expect: TypeError subn() takes at least 3 arguments (0 given)
# expect: TypeError subn() takes at most 5 arguments (7 given)
# expect: TypeError subn() takes at least 3 arguments (1 given)
# expect: TypeError subn() got an unexpected keyword argument 'x'
# expect: split
# expect: TypeError split() takes at least 2 arguments (0 given)
# expect: TypeError split() takes at most 4 arguments (7 given)
# expect: TypeError split() takes at least 2 arguments (1 given)
# expect: TypeError split() got an unexpected keyword argument 'x'
# expect: findall
# expect: TypeError findall() takes at least 2 arguments (0 given)
# expect: TypeError findall() takes at most 3 arguments (7 given)
# expect: TypeError findall() takes at least 2 arguments (1 given)
# expect: TypeError findall() got an unexpected keyword argument 'x'
# expect: finditer
# expect: TypeError finditer() takes at least 2 arguments (0 given)
# expect: TypeError finditer() takes at most 3 arguments (7 given)
# expect: TypeError finditer() takes at least 2 arguments (1 given)
# expect: TypeError finditer() got an unexpected keyword argument 'x'
# expect: compile
# expect: TypeError compile() takes at least 1 argument (0 given)
# expect: TypeError compile() takes at most 2 arguments (7 given)
# expect: TypeError compile() got an unexpected keyword argument 'string'
# expect: TypeError compile() got an unexpected keyword argument 'x'
# expect: escape
# expect: TypeError escape() takes exactly 1 argument (0 given)
# expect: TypeError escape() takes exactly 1 argument (7 given)
# expect: TypeError escape() got an unexpected keyword argument 'string'
# expect: TypeError escape() got an unexpected keyword argument 'x'
# expect: purge
# expect: None
# expect: TypeError purge() takes no arguments (7 given)
# expect: TypeError purge() takes no arguments (1 given)
# expect: TypeError purge() takes no arguments (2 given)
# expect: template
# expect: TypeError template() takes at least 1 argument (0 given)
# expect: TypeError template() takes at most 2 arguments (7 given)
# expect: TypeError template() got an unexpected keyword argument 'string'
# expect: TypeError template() got an unexpected keyword argument 'x'
# expect: TypeError match() takes at least 2 arguments (1 given)
# expect: TypeError match() got an unexpected keyword argument 'x'
# expect: ('match', (0, 1))
# expect: TypeError match() got multiple values for keyword argument 'pattern'
# expect: ('iter', [(0, 1), (2, 3)])
# expect: TypeError sub() takes at least 3 arguments (2 given)
# expect: 'ba'
# expect: TypeError sub() takes at most 5 arguments (6 given)
# expect: ['b', 'b']
# expect: 'a\\.b'
# expect: match
# expect: TypeError Required argument 'string' (pos 1) not found
# expect: TypeError match() takes at most 3 positional arguments (6 given)
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: TypeError match() takes at most 3 positional arguments (4 given)
# expect: TypeError match() takes at most 3 positional arguments (4 given)
# expect: TypeError Argument given by name ('pos') and position (2)
# expect: TypeError Argument given by name ('pattern') and position (1)
# expect: ('match', (0, 2))
# expect: TypeError 'source' is an invalid keyword argument for this function
# expect: ('match', (0, 2))
# expect: TypeError Argument given by name ('string') and position (1)
# expect: TypeError an integer is required
# expect: TypeError match() takes at most 3 positional arguments (4 given)
# expect: TypeError an integer is required
# expect: search
# expect: TypeError Required argument 'string' (pos 1) not found
# expect: TypeError search() takes at most 3 positional arguments (6 given)
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: TypeError search() takes at most 3 positional arguments (4 given)
# expect: TypeError search() takes at most 3 positional arguments (4 given)
# expect: TypeError Argument given by name ('pos') and position (2)
# expect: TypeError Argument given by name ('pattern') and position (1)
# expect: ('match', (0, 2))
# expect: TypeError 'source' is an invalid keyword argument for this function
# expect: ('match', (0, 2))
# expect: TypeError Argument given by name ('string') and position (1)
# expect: TypeError an integer is required
# expect: TypeError search() takes at most 3 positional arguments (4 given)
# expect: TypeError an integer is required
# expect: findall
# expect: TypeError Required argument 'string' (pos 1) not found
# expect: TypeError findall() takes at most 3 positional arguments (6 given)
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: TypeError findall() takes at most 3 positional arguments (4 given)
# expect: TypeError findall() takes at most 3 positional arguments (4 given)
# expect: TypeError Argument given by name ('pos') and position (2)
# expect: TypeError 'pattern' is an invalid keyword argument for this function
# expect: TypeError 'pattern' is an invalid keyword argument for this function
# expect: [('a', 'b')]
# expect: [('a', 'b')]
# expect: TypeError Argument given by name ('string') and position (1)
# expect: TypeError an integer is required
# expect: TypeError findall() takes at most 3 positional arguments (4 given)
# expect: TypeError an integer is required
# expect: split
# expect: TypeError Required argument 'string' (pos 1) not found
# expect: TypeError split() takes at most 2 positional arguments (6 given)
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: TypeError split() takes at most 2 positional arguments (4 given)
# expect: TypeError split() takes at most 2 positional arguments (4 given)
# expect: TypeError split() takes at most 2 positional arguments (3 given)
# expect: TypeError 'pattern' is an invalid keyword argument for this function
# expect: TypeError 'pattern' is an invalid keyword argument for this function
# expect: ['', 'a', 'b', '']
# expect: ['', 'a', 'b', '']
# expect: TypeError Argument given by name ('string') and position (1)
# expect: TypeError split() takes at most 2 positional arguments (3 given)
# expect: TypeError split() takes at most 2 positional arguments (4 given)
# expect: TypeError split() takes at most 2 positional arguments (3 given)
# expect: sub
# expect: TypeError Required argument 'repl' (pos 1) not found
# expect: TypeError sub() takes at most 3 arguments (6 given)
# expect: TypeError Required argument 'repl' (pos 1) not found
# expect: TypeError sub() takes at most 3 arguments (4 given)
# expect: TypeError sub() takes at most 3 arguments (4 given)
# expect: TypeError 'pos' is an invalid keyword argument for this function
# expect: TypeError Required argument 'string' (pos 2) not found
# expect: TypeError Required argument 'repl' (pos 1) not found
# expect: TypeError Required argument 'repl' (pos 1) not found
# expect: TypeError Required argument 'repl' (pos 1) not found
# expect: 'b'
# expect: TypeError Argument given by name ('repl') and position (1)
# expect: TypeError sub() takes at most 3 arguments (4 given)
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: finditer
# expect: TypeError scanner() takes at least 1 argument (0 given)
# expect: TypeError scanner() takes at most 3 arguments (6 given)
# expect: TypeError finditer() takes no keyword arguments
# expect: TypeError scanner() takes at most 3 arguments (4 given)
# expect: TypeError finditer() takes no keyword arguments
# expect: TypeError finditer() takes no keyword arguments
# expect: TypeError finditer() takes no keyword arguments
# expect: TypeError finditer() takes no keyword arguments
# expect: TypeError finditer() takes no keyword arguments
# expect: TypeError finditer() takes no keyword arguments
# expect: TypeError finditer() takes no keyword arguments
# expect: TypeError finditer() takes no keyword arguments
# expect: TypeError finditer() takes no keyword arguments
# expect: TypeError finditer() takes no keyword arguments
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: TypeError an integer is required
# expect: TypeError expected string or buffer
# expect: TypeError integer argument expected, got float
# expect: TypeError an integer is required
# expect: TypeError Argument given by name ('source') and position (1)
# expect: TypeError Required argument 'string' (pos 2) not found
# expect: TypeError an integer is required
# expect: TypeError 'z' is an invalid keyword argument for this function
# expect: TypeError an integer is required
# expect: None
# expect: ('match', (0, 1))
# expect: TypeError groups() takes at most 1 argument (2 given)
# expect: ('a', 1)
# expect: ('a', 3)
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: TypeError groups() takes at most 1 argument (2 given)
# expect: TypeError groups() takes at most 1 argument (2 given)
# expect: TypeError groupdict() takes at most 1 argument (2 given)
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: TypeError groupdict() takes at most 1 argument (3 given)
# expect: TypeError group() takes no keyword arguments
# expect: TypeError start expected at most 1 arguments, got 2
# expect: TypeError span expected at most 1 arguments, got 2
# expect: TypeError end expected at most 1 arguments, got 2
# expect: TypeError expand() takes exactly one argument (0 given)
# expect: TypeError expand() takes exactly one argument (2 given)
