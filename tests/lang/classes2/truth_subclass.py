# Truth testing of builtin-type subclasses that override __len__ / __nonzero__:
# if, while, not, and/or, conditional expressions and comprehension filters
# must all use the override (like bool()), while exact builtins and subclasses
# without an override keep the builtin truth.

class L(list):
    def __len__(self): return 0
class D(dict):
    def __len__(self): return 0
class S(str):
    def __len__(self): return 0
class T(tuple):
    def __len__(self): return 0
class St(set):
    def __len__(self): return 0
class LN(list):
    def __nonzero__(self): return False
class DN(dict):
    def __nonzero__(self): return False
class SN(str):
    def __nonzero__(self): return False
class TN(tuple):
    def __nonzero__(self): return False
class StN(set):
    def __nonzero__(self): return False
class IN(int):
    def __nonzero__(self): return False
class EmptyTrue(list):
    def __nonzero__(self): return True
class Plain(list):
    pass
class PlainS(str):
    pass

def check(o):
    name = type(o).__name__
    out = []
    if o: out.append('if:T')
    else: out.append('if:F')
    out.append('not:%s' % (not o))
    n = 0
    while o:
        n += 1
        break
    out.append('while:%d' % n)
    out.append('and:%r' % ((o and 'x') == 'x'))
    out.append('or:%r' % ((o or 'y') == 'y'))
    out.append('cond:%s' % ('T' if o else 'F'))
    out.append('comp:%d' % len([1 for _ in range(3) if o]))
    out.append('notcomp:%d' % len([1 for _ in range(3) if not o]))
    out.append('bool:%s' % bool(o))
    print name, ' '.join(out)

objs = [L([1]), D(a=1), S('x'), T((1,)), St([1]),
        LN([1]), DN(a=1), SN('x'), TN((1,)), StN([1]), IN(5),
        EmptyTrue(), Plain([1]), Plain(), PlainS('x'), PlainS(''),
        [1], [], 'x', '', (1,), (), {1: 2}, {}, set([1]), set(), 5, 0]
for o in objs:
    check(o)

# hot loops mixing exact builtins and subclasses at the same truth tests
def count(seq):
    t = f = 0
    for o in seq:
        if o: t += 1
        else: f += 1
        if not o: f += 10
        x = o and 1 or 2
        t += x
    return t, f

mix = []
for i in range(60):
    k = i % 6
    if k == 0: mix.append([i])
    elif k == 1: mix.append(L([i]))
    elif k == 2: mix.append('s')
    elif k == 3: mix.append(S('s'))
    elif k == 4: mix.append((i,))
    else: mix.append(T((i,)))
print count(mix)
print count([[1]] * 40 + [L([1])] * 5)
print count([L([1])] * 40 + [[1]] * 5)
print count(['a'] * 40 + [SN('a')] * 5 + [PlainS('a')] * 3)

# the override runs exactly once per test
class Counted(list):
    calls = 0
    def __len__(self):
        Counted.calls += 1
        return Counted.calls % 2
c = Counted([1, 2])
res = []
for i in range(20):
    res.append('T' if c else 'F')
    while c:
        res.append('w')
        break
print ''.join(res), Counted.calls

# shrinking a subclass that reports a fake length
class Fake(list):
    def __len__(self): return list.__len__(self) - 1
f = Fake([1, 2, 3])
n = 0
while f:
    f.pop()
    n += 1
print n, list(f)

# errors from the override propagate
class Bad(list):
    def __nonzero__(self): raise ValueError('no truth')
class BadRet(str):
    def __nonzero__(self): return 'x'
for b in [Bad([1]), BadRet('x')]:
    try:
        if b: print 'true'
    except (ValueError, TypeError) as e:
        print type(e).__name__, e
    try:
        print not b
    except (ValueError, TypeError) as e:
        print type(e).__name__, e
# expect: L if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: D if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: S if:F not:True while:0 and:True or:True cond:F comp:0 notcomp:3 bool:False
# expect: T if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: St if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: LN if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: DN if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: SN if:F not:True while:0 and:True or:True cond:F comp:0 notcomp:3 bool:False
# expect: TN if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: StN if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: IN if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: EmptyTrue if:T not:False while:1 and:True or:False cond:T comp:3 notcomp:0 bool:True
# expect: Plain if:T not:False while:1 and:True or:False cond:T comp:3 notcomp:0 bool:True
# expect: Plain if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: PlainS if:T not:False while:1 and:True or:False cond:T comp:3 notcomp:0 bool:True
# expect: PlainS if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: list if:T not:False while:1 and:True or:False cond:T comp:3 notcomp:0 bool:True
# expect: list if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: str if:T not:False while:1 and:True or:False cond:T comp:3 notcomp:0 bool:True
# expect: str if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: tuple if:T not:False while:1 and:True or:False cond:T comp:3 notcomp:0 bool:True
# expect: tuple if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: dict if:T not:False while:1 and:True or:False cond:T comp:3 notcomp:0 bool:True
# expect: dict if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: set if:T not:False while:1 and:True or:False cond:T comp:3 notcomp:0 bool:True
# expect: set if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: int if:T not:False while:1 and:True or:False cond:T comp:3 notcomp:0 bool:True
# expect: int if:F not:True while:0 and:False or:True cond:F comp:0 notcomp:3 bool:False
# expect: (120, 330)
# expect: (90, 55)
# expect: (90, 440)
# expect: (96, 55)
# expect: TTTTTTTTTTTTTTTTTTTT 40
# expect: 2 [1]
# expect: ValueError no truth
# expect: ValueError no truth
# expect: TypeError __nonzero__ should return bool or int, returned str
# expect: TypeError __nonzero__ should return bool or int, returned str
