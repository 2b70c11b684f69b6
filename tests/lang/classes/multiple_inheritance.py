# Multiple bases: attribute lookup follows the C3 method resolution order.
class Base(object):
    def who(self):
        return 'Base'
    def hello(self):
        return 'hello from Base'
class Left(Base):
    def who(self):
        return 'Left'
class Right(Base):
    def who(self):
        return 'Right'
    def hello(self):
        return 'hello from Right'
class Both(Left, Right):
    pass
b = Both()
print b.who()
print b.hello()
class Mixin(object):
    def extra(self):
        return 'extra ' + self.who()
class WithMixin(Mixin, Left):
    pass
print WithMixin().extra()
print isinstance(b, Left), isinstance(b, Right), isinstance(b, Base)
# expect: Left
# expect: hello from Right
# expect: extra Left
# expect: True True True
