# list.insert / list.pop index argument: getargs "n" on LP64 (PyInt_AsLong):
# ints, longs that fit, __int__ (not __index__); a long too large is an
# OverflowError with its C long message.
def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
big = 2**70
class Idx(object):
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
def ins(i):
    l = [1, 2, 3]; l.insert(i, 'x'); return l
def pop(i):
    l = [1, 2, 3]; return l.pop(i), l
for i in (big, -big, 1L, -1L, 2**63, Idx(big), Idx(1L), Idx(1), 'a', 1.5):
    t(lambda: ins(i))
    t(lambda: pop(i))
class IntO(object):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
class I(int): pass
class F(float): pass
class Old:
    def __int__(self): return 1
for i in (IntO(1), IntO(1L), IntO(big), IntO('a'), I(1), F(1.0), True, Old()):
    t(lambda: ins(i))
    t(lambda: pop(i))
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: [1, 'x', 2, 3]
# expect: (2, [1, 3])
# expect: [1, 2, 'x', 3]
# expect: (3, [1, 2])
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: TypeError an integer is required
# expect: TypeError integer argument expected, got float
# expect: TypeError integer argument expected, got float
# expect: [1, 'x', 2, 3]
# expect: (2, [1, 3])
# expect: [1, 'x', 2, 3]
# expect: (2, [1, 3])
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: TypeError __int__ method should return an integer
# expect: TypeError __int__ method should return an integer
# expect: [1, 'x', 2, 3]
# expect: (2, [1, 3])
# expect: TypeError integer argument expected, got float
# expect: TypeError integer argument expected, got float
# expect: [1, 'x', 2, 3]
# expect: (2, [1, 3])
# expect: [1, 'x', 2, 3]
# expect: (2, [1, 3])
