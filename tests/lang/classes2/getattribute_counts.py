# __getattribute__ sees every attribute access, including methods
class Spy(object):
    def __init__(self):
        object.__setattr__(self, 'seen', [])
        self.x = 1
    def __getattribute__(self, name):
        object.__getattribute__(self, 'seen').append(name)
        return object.__getattribute__(self, name)
    def m(self): return 'm'
s = Spy()
s.x; s.m(); getattr(s, 'x')
print s.seen
# expect: ['x', 'm', 'x', 'seen']
