# a class __dict__ and class attribute changes
class C(object):
    x = 1
    def m(self): return 'm'
print sorted(k for k in C.__dict__ if not k.startswith('__'))
print C.__dict__['x'], type(C.__dict__['m']).__name__
c = C()
C.x = 5
C.y = 'new'
print c.x, c.y
def extra(self): return 'extra ' + str(self.x)
C.extra = extra
print c.extra()
del C.y
print hasattr(c, 'y')
# expect: ['m', 'x']
# expect: 1 function
# expect: 5 new
# expect: extra 5
# expect: False
