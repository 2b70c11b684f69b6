# __getattr__ (only for missing names) and __getattribute__ (for all)
class D(object):
    x = 1
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(name)
d = D()
print d.x, d.dyn_hello, getattr(d, 'dyn_a'), hasattr(d, 'nope')
class Logged(object):
    def __init__(self): self.y = 2
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
l = Logged()
print l.y, l.secret
try:
    l.missing
except AttributeError as e:
    print 'AttributeError', e
class Both(object):
    def __getattribute__(self, name):
        if name == 'a': return 'A'
        raise AttributeError(name)
    def __getattr__(self, name): return 'fallback ' + name
print Both().a, Both().b
# expect: 1 hello a False
# expect: 2 intercepted
# expect: AttributeError 'Logged' object has no attribute 'missing'
# expect: A fallback b
