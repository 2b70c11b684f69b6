# dir() of user classes and instances lists their own names (sorted); filter out dunders.
class Base(object):
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print [n for n in dir(c) if not n.startswith('__')]
print [n for n in dir(Child) if not n.startswith('__')]
print '__init__' in dir(Child), 'inst' in dir(Child)
def f():
    local_a = 1
    local_b = 2
    return dir()
print f()
# expect: ['base_attr', 'base_method', 'child_attr', 'inst']
# expect: ['base_attr', 'base_method', 'child_attr']
# expect: True False
# expect: ['local_a', 'local_b']
