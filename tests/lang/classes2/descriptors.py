# user descriptors: __get__, __set__, __delete__; data vs non-data precedence
class Typed(object):
    def __init__(self, name): self.name = name
    def __get__(self, obj, cls):
        if obj is None: return self
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError('int required')
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print 'deleting', self.name
        del obj.__dict__[self.name]
class NonData(object):
    def __get__(self, obj, cls): return 'nondata'
class P(object):
    age = Typed('age')
    nd = NonData()
p = P()
print p.age
p.age = 3
print p.age, P.age.name
try:
    p.age = 'x'
except TypeError as e:
    print e
del p.age
print p.age, p.nd
p.nd = 'shadow'
print p.nd, P.nd
# expect: unset
# expect: 3 age
# expect: int required
# expect: deleting age
# expect: unset nondata
# expect: shadow nondata
