# hasattr, getattr (with default) and setattr.
class P(object):
    z = 'class attr'
    def __init__(self):
        self.x = 1
p = P()
print hasattr(p, 'x'), hasattr(p, 'y'), hasattr(p, 'z')
print getattr(p, 'x'), getattr(p, 'y', 'default'), getattr(p, 'z')
setattr(p, 'y', 2)
print p.y
name = 'dyn'
setattr(p, name, [1])
print getattr(p, name)
print getattr('abc', 'upper')()
try:
    getattr(p, 'missing')
except AttributeError:
    print 'AttributeError'
# expect: True False True
# expect: 1 default class attr
# expect: 2
# expect: [1]
# expect: ABC
# expect: AttributeError
