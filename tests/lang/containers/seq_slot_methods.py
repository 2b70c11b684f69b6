# The slot methods list, tuple and str share (__getitem__, __len__, __contains__,
# __add__, __mul__, __getslice__): argument conversion, descriptor checks, extended
# slices with negative steps, slice assignment and deletion errors, and data
# descriptors deleted through a subclass of a builtin type.
import sys

def t(f):
    try:
        print repr(f())
    except Exception, e:
        print type(e).__name__ + ':', e

class I(object):
    def __index__(self): return 2
class K(object):
    def __int__(self): return 1
class KBig(object):
    def __int__(self): return 2 ** 70
class KFloat(object):
    def __int__(self): return 1.5
class J(int): pass
class Fl(float): pass

for o in ([1, 2, 3], (1, 2, 3), 'abc'):
    T = type(o)
    print T.__name__
    # __getslice__ takes C longs: ints, longs that fit, __int__ (not __index__)
    t(lambda: o.__getslice__(1L, 2))
    t(lambda: o.__getslice__(J(1), 3))
    t(lambda: o.__getslice__(K(), 3))
    t(lambda: o.__getslice__(True, 3))
    t(lambda: o.__getslice__(-5, 100))
    t(lambda: o.__getslice__(3, 1))
    t(lambda: o.__getslice__(I(), 3))
    t(lambda: o.__getslice__(1.0, 2))
    t(lambda: o.__getslice__(Fl(1), 2))
    t(lambda: o.__getslice__(None, 2))
    t(lambda: o.__getslice__(2 ** 70, 2))
    t(lambda: o.__getslice__(KBig(), 2))
    t(lambda: o.__getslice__(KFloat(), 2))
    t(lambda: o.__getslice__(0, 3) is o)
    # __mul__ / __rmul__ take indexes: longs and __index__
    t(lambda: o.__mul__(2L))
    t(lambda: o.__rmul__(I()))
    t(lambda: o * I())
    t(lambda: I() * o)
    t(lambda: o.__mul__(-2 ** 70))
    t(lambda: o.__mul__(1.5))
    t(lambda: o.__mul__(Fl(2)))
    # descriptors check their self
    t(lambda: T.__len__(5))
    t(lambda: T.__getslice__({}, 0, 1))
    t(lambda: T.__contains__(o, 1) if T is not str else T.__contains__(o, 'b'))
    t(lambda: T.__getitem__(o))
    t(lambda: T.__add__(o, o))
    # extended slices with negative steps
    print o[::-1], o[::-2], o[-1:-10:-1], o[10:0:-2], o[0:2:-1], o[2 ** 70:-2 ** 70:-1]
    t(lambda: o[::0])
    t(lambda: o[I():])
    t(lambda: o[1.5:])

print [1, 2][True:], (1, 2).__getslice__(False, True), 'ab'.__len__()
print list.__len__([]), tuple.__getitem__((1, 2), -1), str.__getitem__('xy', slice(None, None, -1))

# explicit __setslice__ / __delslice__ on lists
l = [1, 2, 3]
t(lambda: l.__setslice__(1.0, 2, []))
t(lambda: l.__setslice__(1L, 2, [9]) or l)
t(lambda: l.__setslice__(0, 1, 5))
t(lambda: l.__delslice__(-2 ** 70, 1) or l)
t(lambda: l.__delslice__(K(), 5) or l)
t(lambda: list.__setslice__((), 0, 1, []))

# slice assignment and deletion
def sa(k, v):
    l = [0, 1, 2, 3, 4]
    l[k] = v
    return l
def da(k):
    l = [0, 1, 2, 3, 4]
    del l[k]
    return l
t(lambda: sa(slice(None, None, -1), 'abcde'))
t(lambda: sa(slice(None, None, -2), 'abc'))
t(lambda: sa(slice(None, None, -2), 'ab'))
t(lambda: sa(slice(None, None, -2), 5))
t(lambda: sa(slice(1, 3), 5))
t(lambda: sa(slice(None, None, 0), []))
t(lambda: sa(slice(4, 1, -1), []))
t(lambda: sa(slice(4, 1, -1), 'xyz'))
t(lambda: sa(slice(1, 1, -1), []))
t(lambda: sa(slice('a', 1), []))
t(lambda: da(slice(None, None, -2)))
t(lambda: da(slice(None, None, -1)))
t(lambda: da(slice(4, 0, -3)))
t(lambda: da(slice(None, None, 0)))
t(lambda: da(slice(1.5, None)))
t(lambda: da(slice(-100, 100, 7)))

# count re-reads a list that __eq__ shrinks
class Shrink(object):
    def __init__(self, l): self.l = l
    def __eq__(self, other):
        if self.l: self.l.pop()
        return True
l = [1, 2, 3, 4]
print l.count(Shrink(l)), l, (1, 2).count(Shrink([]))

# data descriptors set and deleted through an instance of a builtin subclass
class D(object):
    def __get__(self, o, c): return 'got'
    def __set__(self, o, v): print 'set', v
    def __delete__(self, o): print 'delete'
class L(list):
    p = property(lambda s: 1, lambda s, v: sys.stdout.write('fset %r\n' % v),
                 lambda s: sys.stdout.write('fdel\n'))
    q = property(lambda s: 2)
    d = D()
class C(object):
    p = L.p
    q = L.q
    d = D()
for o in (L(), C()):
    o.p = 5
    del o.p
    t(lambda: setattr(o, 'q', 1))
    t(lambda: delattr(o, 'q'))
    o.d = 7
    del o.d
    print o.d
class S(list):
    def __setattr__(self, n, v): print 'setattr', n, v
S().a = 1
class G(tuple):
    def __getattr__(self, n): return 'getattr ' + n
print G().zz, G().count(1)
# expect: list
# expect: [2]
# expect: [2, 3]
# expect: [2, 3]
# expect: [2, 3]
# expect: [1, 2, 3]
# expect: []
# expect: TypeError: an integer is required
# expect: TypeError: integer argument expected, got float
# expect: TypeError: integer argument expected, got float
# expect: TypeError: an integer is required
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: Python int too large to convert to C long
# expect: TypeError: __int__ method should return an integer
# expect: False
# expect: [1, 2, 3, 1, 2, 3]
# expect: [1, 2, 3, 1, 2, 3]
# expect: [1, 2, 3, 1, 2, 3]
# expect: [1, 2, 3, 1, 2, 3]
# expect: OverflowError: cannot fit 'long' into an index-sized integer
# expect: TypeError: 'float' object cannot be interpreted as an index
# expect: TypeError: 'Fl' object cannot be interpreted as an index
# expect: TypeError: descriptor '__len__' requires a 'list' object but received a 'int'
# expect: TypeError: descriptor '__getslice__' requires a 'list' object but received a 'dict'
# expect: True
# expect: TypeError: __getitem__() takes exactly one argument (0 given)
# expect: [1, 2, 3, 1, 2, 3]
# expect: [3, 2, 1] [3, 1] [3, 2, 1] [3] [] [3, 2, 1]
# expect: ValueError: slice step cannot be zero
# expect: [3]
# expect: TypeError: slice indices must be integers or None or have an __index__ method
# expect: tuple
# expect: (2,)
# expect: (2, 3)
# expect: (2, 3)
# expect: (2, 3)
# expect: (1, 2, 3)
# expect: ()
# expect: TypeError: an integer is required
# expect: TypeError: integer argument expected, got float
# expect: TypeError: integer argument expected, got float
# expect: TypeError: an integer is required
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: Python int too large to convert to C long
# expect: TypeError: __int__ method should return an integer
# expect: True
# expect: (1, 2, 3, 1, 2, 3)
# expect: (1, 2, 3, 1, 2, 3)
# expect: (1, 2, 3, 1, 2, 3)
# expect: (1, 2, 3, 1, 2, 3)
# expect: OverflowError: cannot fit 'long' into an index-sized integer
# expect: TypeError: 'float' object cannot be interpreted as an index
# expect: TypeError: 'Fl' object cannot be interpreted as an index
# expect: TypeError: descriptor '__len__' requires a 'tuple' object but received a 'int'
# expect: TypeError: descriptor '__getslice__' requires a 'tuple' object but received a 'dict'
# expect: True
# expect: TypeError: expected 1 arguments, got 0
# expect: (1, 2, 3, 1, 2, 3)
# expect: (3, 2, 1) (3, 1) (3, 2, 1) (3,) () (3, 2, 1)
# expect: ValueError: slice step cannot be zero
# expect: (3,)
# expect: TypeError: slice indices must be integers or None or have an __index__ method
# expect: str
# expect: 'b'
# expect: 'bc'
# expect: 'bc'
# expect: 'bc'
# expect: 'abc'
# expect: ''
# expect: TypeError: an integer is required
# expect: TypeError: integer argument expected, got float
# expect: TypeError: integer argument expected, got float
# expect: TypeError: an integer is required
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: Python int too large to convert to C long
# expect: TypeError: __int__ method should return an integer
# expect: True
# expect: 'abcabc'
# expect: 'abcabc'
# expect: 'abcabc'
# expect: 'abcabc'
# expect: OverflowError: cannot fit 'long' into an index-sized integer
# expect: TypeError: 'float' object cannot be interpreted as an index
# expect: TypeError: 'Fl' object cannot be interpreted as an index
# expect: TypeError: descriptor '__len__' requires a 'str' object but received a 'int'
# expect: TypeError: descriptor '__getslice__' requires a 'str' object but received a 'dict'
# expect: True
# expect: TypeError: expected 1 arguments, got 0
# expect: 'abcabc'
# expect: cba ca cba c  cba
# expect: ValueError: slice step cannot be zero
# expect: 'c'
# expect: TypeError: slice indices must be integers or None or have an __index__ method
# expect: [2] (1,) 2
# expect: 0 2 yx
# expect: TypeError: integer argument expected, got float
# expect: [1, 9, 3]
# expect: TypeError: can only assign an iterable
# expect: OverflowError: Python int too large to convert to C long
# expect: [1]
# expect: TypeError: descriptor '__setslice__' requires a 'list' object but received a 'tuple'
# expect: ['e', 'd', 'c', 'b', 'a']
# expect: ['c', 1, 'b', 3, 'a']
# expect: ValueError: attempt to assign sequence of size 2 to extended slice of size 3
# expect: TypeError: must assign iterable to extended slice
# expect: TypeError: can only assign an iterable
# expect: ValueError: slice step cannot be zero
# expect: ValueError: attempt to assign sequence of size 0 to extended slice of size 3
# expect: [0, 1, 'z', 'y', 'x']
# expect: [0, 1, 2, 3, 4]
# expect: TypeError: slice indices must be integers or None or have an __index__ method
# expect: [1, 3]
# expect: []
# expect: [0, 2, 3]
# expect: ValueError: slice step cannot be zero
# expect: TypeError: slice indices must be integers or None or have an __index__ method
# expect: [1, 2, 3, 4]
# expect: 2 [1, 2] 2
# expect: fset 5
# expect: fdel
# expect: AttributeError: can't set attribute
# expect: AttributeError: can't delete attribute
# expect: set 7
# expect: delete
# expect: got
# expect: fset 5
# expect: fdel
# expect: AttributeError: can't set attribute
# expect: AttributeError: can't delete attribute
# expect: set 7
# expect: delete
# expect: got
# expect: setattr a 1
# expect: getattr zz 0
