# truth value: __nonzero__, then __len__
class Z(object):
    def __nonzero__(self): return False
class L(object):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both(object):
    def __nonzero__(self): return True
    def __len__(self): return 0
print bool(Z()), bool(L(0)), bool(L(3)), bool(Both()), len(L(4))
if not Z(): print 'Z falsy'
print [x for x in (L(0), L(1), Z(), Both()) if x].__len__()
class Bad(object):
    def __len__(self): return -1
try:
    len(Bad())
except ValueError as e:
    print e
class BadNZ(object):
    def __nonzero__(self): return 'yes'
try:
    bool(BadNZ())
except TypeError as e:
    print e
# expect: False False True True 4
# expect: Z falsy
# expect: 2
# expect: __len__() should return >= 0
# expect: __nonzero__ should return bool or int, returned str
