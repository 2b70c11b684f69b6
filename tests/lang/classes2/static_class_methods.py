# staticmethod and classmethod
class C(object):
    count = 0
    @staticmethod
    def add(a, b): return a + b
    @classmethod
    def make(cls, n):
        cls.count += n
        return cls
    def inst(self): return 'inst'
class D(C):
    pass
print C.add(1, 2), C().add(3, 4), C.make(2).__name__, D.make(5).__name__, C.count, D.count
print C().make(1).__name__, D().make(1).__name__
sm = staticmethod(len)
print type(sm).__name__, sm.__func__([1, 2])
# expect: 3 7 C D 2 7
# expect: C D
# expect: staticmethod 2
