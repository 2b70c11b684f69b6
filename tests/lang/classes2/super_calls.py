# super() in methods, classmethods and __init__ chains
class A(object):
    def __init__(self): self.log = ['A']
    def who(self): return 'A'
    @classmethod
    def kind(cls): return 'A-kind of ' + cls.__name__
class B(A):
    def __init__(self):
        super(B, self).__init__()
        self.log.append('B')
    def who(self): return 'B>' + super(B, self).who()
    @classmethod
    def kind(cls): return 'B+' + super(B, cls).kind()
b = B()
print b.log, b.who(), B.kind(), b.kind()
try:
    super(B, 5)
except TypeError as e:
    print e
# expect: ['A', 'B'] B>A B+A-kind of B B+A-kind of B
# expect: super(type, obj): obj must be an instance or subtype of type
