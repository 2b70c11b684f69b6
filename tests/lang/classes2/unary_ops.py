# unary special methods
class U(object):
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __abs__(self): return 'abs'
    def __invert__(self): return 'invert'
u = U()
print -u, +u, abs(u), ~u
try:
    -object()
except TypeError as e:
    print e
# expect: neg pos abs invert
# expect: bad operand type for unary -: 'object'
