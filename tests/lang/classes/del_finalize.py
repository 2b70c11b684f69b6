# __del__ runs some time after an instance became unreachable (at the latest
# at gc.collect()). A conservative GC may keep a few objects alive through
# stale stack words, so the checks count: at least 90% must be finalized.
import gc

class C(object):
    count = 0
    def __del__(self):
        C.count += 1

class Sub(C):             # inherits __del__
    pass

class Old:                # old-style class
    count = 0
    def __del__(self):
        Old.count += 1

class Late(object):
    count = 0

def late_del(self):
    Late.count += 1

class Plain(object):
    pass

class Keep(object):
    kept = []
    def __init__(self, n):
        self.n = n
    def __del__(self):
        Keep.kept.append(self)   # resurrected

class Chain(object):
    count = 0
    def __del__(self):
        Chain.count += 1
        self.child = None        # drops an object with __del__ of its own

def make(n):
    for i in range(n):
        C()
        Sub()
        Old()
        Late()
        p = Plain()
        p.__class__ = C          # now has a __del__
        Keep(i)
        c = Chain()
        c.child = C()

make(1000)
Late.__del__ = late_del
def make_late(n):
    for i in range(n):
        Late()
make_late(1000)

for i in range(5):
    gc.collect()

print C.count >= 3600, C.count <= 4000
print Old.count >= 900, Old.count <= 1000
print Late.count >= 900, Late.count <= 1000
print Chain.count >= 900
print len(Keep.kept) >= 900
print sum(k.n for k in Keep.kept) >= 400000
print gc.collect()
print gc.isenabled()
# expect: True True
# expect: True True
# expect: True True
# expect: True
# expect: True
# expect: True
# expect: 0
# expect: True
