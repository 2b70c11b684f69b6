# property with getter, setter and deleter decorators
class Temp(object):
    def __init__(self): self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v): self._c = v
    @c.deleter
    def c(self): print 'deleted'; self._c = None
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print t.c, t.f, Temp.c.__doc__
del t.c
print t.c
try:
    t.f = 1
except AttributeError as e:
    print e
try:
    del t.f
except AttributeError as e:
    print e
class Old(object):
    def getx(self): return 'x'
    x = property(getx, doc='the x')
print Old().x, Old.x.__doc__, type(Old.x).__name__
# expect: 100 212 celsius
# expect: deleted
# expect: None
# expect: can't set attribute
# expect: can't delete attribute
# expect: x the x property
