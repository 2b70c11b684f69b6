# __setattr__ and __delattr__ hooks
class S(object):
    def __setattr__(self, name, value):
        print 'set', name, value
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print 'del', name
        object.__delattr__(self, name)
s = S()
s.a = 5
print s.a
setattr(s, 'b', 1)
del s.a
print hasattr(s, 'a'), s.b
class RO(object):
    def __setattr__(self, name, value):
        raise AttributeError('read-only: ' + name)
try:
    RO().x = 1
except AttributeError as e:
    print e
# expect: set a 5
# expect: 10
# expect: set b 1
# expect: del a
# expect: False 2
# expect: read-only: x
