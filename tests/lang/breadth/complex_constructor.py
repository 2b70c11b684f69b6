# complex(): from numbers, strings, two complex parts, keywords; errors as CPython.
print complex(), complex(2), complex(2.5, 1), complex(real=1, imag=2), complex(1 + 2j, 3 + 4j)
for s in ['1+2j', ' (3-4.5j) ', '-j', 'j', '+j', '2', '1e3j', 'inf+nanj', '-1.5e-3-2J']:
    print repr(s), complex(s)
for s in ['1+2', '', '1 + 2j', '(1+2j', 'abc', '1j2']:
    try:
        complex(s)
    except ValueError, e:
        print repr(s), 'ValueError:', e
class HasComplex(object):
    def __complex__(self):
        return 5 + 6j
class HasFloat(object):
    def __float__(self):
        return 2.5
print complex(HasComplex()), complex(HasFloat()), complex(1, HasFloat())
for args in [('1', 2), (1, '2'), ([],), (None,)]:
    try:
        complex(*args)
    except TypeError, e:
        print 'TypeError:', e
class C(complex):
    pass
c = C(1, 2)
print c, type(c).__name__, c + 1, type(c + 1).__name__, isinstance(c, complex)
# expect: 0j (2+0j) (2.5+1j) (1+2j) (-3+5j)
# expect: '1+2j' (1+2j)
# expect: ' (3-4.5j) ' (3-4.5j)
# expect: '-j' -1j
# expect: 'j' 1j
# expect: '+j' 1j
# expect: '2' (2+0j)
# expect: '1e3j' 1000j
# expect: 'inf+nanj' (inf+nanj)
# expect: '-1.5e-3-2J' (-0.0015-2j)
# expect: '1+2' ValueError: complex() arg is a malformed string
# expect: '' ValueError: complex() arg is a malformed string
# expect: '1 + 2j' ValueError: complex() arg is a malformed string
# expect: '(1+2j' ValueError: complex() arg is a malformed string
# expect: 'abc' ValueError: complex() arg is a malformed string
# expect: '1j2' ValueError: complex() arg is a malformed string
# expect: (5+6j) (2.5+0j) (1+2.5j)
# expect: TypeError: complex() can't take second arg if first is a string
# expect: TypeError: complex() second arg can't be a string
# expect: TypeError: complex() argument must be a string or a number
# expect: TypeError: complex() argument must be a string or a number
# expect: (1+2j) C (2+2j) complex True
