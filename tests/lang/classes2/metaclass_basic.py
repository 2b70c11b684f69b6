# metaclasses: __metaclass__ with a type subclass, and three-argument type()
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        return type.__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        super(Meta, cls).__init__(name, bases, ns)
        cls.registered = True
class Base(object):
    __metaclass__ = Meta
class Child(Base):
    pass
print Base.tag, Child.tag, Child.registered, type(Child).__name__, isinstance(Child, Meta)
T = type('T', (object,), {'x': 5, 'get': lambda self: self.x})
print T.__name__, T().get(), T.__bases__
def make(name, bases, ns):
    ns['made'] = True
    return type(name, bases, ns)
class F(object):
    __metaclass__ = make
print F.made
# expect: base child True Meta True
# expect: T 5 (<type 'object'>,)
# expect: True
