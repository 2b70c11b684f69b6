# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE and inline flags.
import re
print re.findall(r'abc', 'ABC abc AbC', re.I)
print re.findall(r'^\w', 'one\ntwo\nthree', re.M)
print re.match(r'a.b', 'a\nb'), re.match(r'a.b', 'a\nb', re.S).group() == 'a\nb'
p = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.X)
print p.match('555-1234').groups()
print re.findall(r'(?i)x', 'xXx'), re.compile('(?im)a').flags, re.compile('a', re.I | re.S).flags
print re.I, re.L, re.M, re.S, re.U, re.X, re.IGNORECASE, re.VERBOSE
# expect: ['ABC', 'abc', 'AbC']
# expect: ['o', 't', 't']
# expect: None True
# expect: ('555', '1234')
# expect: ['x', 'X', 'x'] 10 18
# expect: 2 4 8 16 32 64 2 64
