# "maximum recursion depth exceeded" instead of a crash, with CPython 2's
# wording variants depending on which call crossed the limit.
import sys

def plain(n):
    return plain(n + 1)

class Repr(object):
    def __repr__(self):
        return repr(self)

class Str(object):
    def __str__(self):
        return str(self)

class GetAttr(object):
    def __getattr__(self, name):
        return getattr(self, name)

class Init(object):
    def __init__(self):
        Init()

class Eq(object):
    def __eq__(self, other):
        return self == other

class Len(object):
    def __len__(self):
        return len(self)

class Call(object):
    def __call__(self):
        return self()

class Prop(object):
    @property
    def p(self):
        return self.p

def via_map(x):
    return map(via_map, [x])

def via_star(*a):
    return via_star(*a)

def gen(n):
    for x in gen(n + 1):
        yield x

cases = [
    ('plain', lambda: plain(0)),
    ('repr', lambda: repr(Repr())),
    ('str', lambda: str(Str())),
    ('getattr', lambda: GetAttr().missing),
    ('init', lambda: Init()),
    ('eq', lambda: Eq() == Eq()),
    ('len', lambda: len(Len())),
    ('call', lambda: Call()()),
    ('property', lambda: Prop().p),
    ('map', lambda: via_map(0)),
    ('star', lambda: via_star(1)),
    ('generator', lambda: list(gen(0))),
]

for limit in (100, 101, 102, 103, 1000):
    sys.setrecursionlimit(limit)
    for name, fn in cases:
        try:
            fn()
        except RuntimeError, e:
            print limit, name, e

nested = []
for i in range(5000):
    nested = [nested]
try:
    repr(nested)
except RuntimeError, e:
    print 'nested list:', e
a = b = None
for i in range(5000):
    a = [a]
    b = [b]
try:
    a == b
except RuntimeError, e:
    print 'nested compare:', e
print 'still running', sys.getrecursionlimit()
# expect: 100 plain maximum recursion depth exceeded
# expect: 100 repr maximum recursion depth exceeded while calling a Python object
# expect: 100 str maximum recursion depth exceeded while calling a Python object
# expect: 100 getattr maximum recursion depth exceeded
# expect: 100 init maximum recursion depth exceeded while calling a Python object
# expect: 100 eq maximum recursion depth exceeded while calling a Python object
# expect: 100 len maximum recursion depth exceeded
# expect: 100 call maximum recursion depth exceeded while calling a Python object
# expect: 100 property maximum recursion depth exceeded while calling a Python object
# expect: 100 map maximum recursion depth exceeded
# expect: 100 star maximum recursion depth exceeded
# expect: 100 generator maximum recursion depth exceeded
# expect: 101 plain maximum recursion depth exceeded
# expect: 101 repr maximum recursion depth exceeded
# expect: 101 str maximum recursion depth exceeded
# expect: 101 getattr maximum recursion depth exceeded while calling a Python object
# expect: 101 init maximum recursion depth exceeded
# expect: 101 eq maximum recursion depth exceeded
# expect: 101 len maximum recursion depth exceeded while calling a Python object
# expect: 101 call maximum recursion depth exceeded
# expect: 101 property maximum recursion depth exceeded
# expect: 101 map maximum recursion depth exceeded while calling a Python object
# expect: 101 star maximum recursion depth exceeded while calling a Python object
# expect: 101 generator maximum recursion depth exceeded
# expect: 102 plain maximum recursion depth exceeded
# expect: 102 repr maximum recursion depth exceeded while getting the repr of an object
# expect: 102 str maximum recursion depth exceeded while calling a Python object
# expect: 102 getattr maximum recursion depth exceeded while calling a Python object
# expect: 102 init maximum recursion depth exceeded while calling a Python object
# expect: 102 eq maximum recursion depth exceeded in cmp
# expect: 102 len maximum recursion depth exceeded while calling a Python object
# expect: 102 call maximum recursion depth exceeded while calling a Python object
# expect: 102 property maximum recursion depth exceeded while calling a Python object
# expect: 102 map maximum recursion depth exceeded
# expect: 102 star maximum recursion depth exceeded
# expect: 102 generator maximum recursion depth exceeded
# expect: 103 plain maximum recursion depth exceeded
# expect: 103 repr maximum recursion depth exceeded while calling a Python object
# expect: 103 str maximum recursion depth exceeded while getting the str of an object
# expect: 103 getattr maximum recursion depth exceeded
# expect: 103 init maximum recursion depth exceeded while calling a Python object
# expect: 103 eq maximum recursion depth exceeded while calling a Python object
# expect: 103 len maximum recursion depth exceeded
# expect: 103 call maximum recursion depth exceeded while calling a Python object
# expect: 103 property maximum recursion depth exceeded
# expect: 103 map maximum recursion depth exceeded while calling a Python object
# expect: 103 star maximum recursion depth exceeded while calling a Python object
# expect: 103 generator maximum recursion depth exceeded
# expect: 1000 plain maximum recursion depth exceeded
# expect: 1000 repr maximum recursion depth exceeded while calling a Python object
# expect: 1000 str maximum recursion depth exceeded while calling a Python object
# expect: 1000 getattr maximum recursion depth exceeded
# expect: 1000 init maximum recursion depth exceeded while calling a Python object
# expect: 1000 eq maximum recursion depth exceeded while calling a Python object
# expect: 1000 len maximum recursion depth exceeded
# expect: 1000 call maximum recursion depth exceeded while calling a Python object
# expect: 1000 property maximum recursion depth exceeded while calling a Python object
# expect: 1000 map maximum recursion depth exceeded
# expect: 1000 star maximum recursion depth exceeded
# expect: 1000 generator maximum recursion depth exceeded
# expect: nested list: maximum recursion depth exceeded while getting the repr of an object
# expect: nested compare: maximum recursion depth exceeded in cmp
# expect: still running 1000
