# functions are descriptors: __get__ binds them
def greet(self, who): return '%s greets %s' % (self.name, who)
class P(object):
    def __init__(self, n): self.name = n
p = P('ann')
m = greet.__get__(p, P)
print m('bob'), m.im_self is p
P.greet = greet
print p.greet('cy')
um = greet.__get__(None, P)
print um(p, 'dee')
class Deco(object):
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        return self.f.__get__(obj, cls)
class Q(object):
    name = 'q'
    @Deco
    def hello(self): return 'hello from ' + self.name
print Q().hello()
# expect: ann greets bob True
# expect: ann greets cy
# expect: ann greets dee
# expect: hello from q
