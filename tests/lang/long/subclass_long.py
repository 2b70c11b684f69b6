# subclass of long
class Big(long):
    def double(self):
        return self * 2
b = Big(2 ** 70)
print b, repr(b), type(b).__name__, isinstance(b, long)
print b.double(), type(b.double())
print b + 1, type(b + 1), b == 2 ** 70, hash(b) == hash(2 ** 70)
class Tagged(long):
    def __repr__(self):
        return 'Tagged(%d)' % self
print repr(Tagged(5)), str(Tagged(5)), [Tagged(7)]
# expect: 1180591620717411303424 1180591620717411303424L Big True
# expect: 2361183241434822606848 <type 'long'>
# expect: 1180591620717411303425 <type 'long'> True True
# expect: Tagged(5) 5 [Tagged(7)]
