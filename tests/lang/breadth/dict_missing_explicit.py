# dict.__getitem__ called explicitly (super, unbound) honours a subclass's __missing__.
class Default(dict):
    def __missing__(self, key):
        return 'missing:' + key
class Child(Default):
    def __getitem__(self, key):
        return super(Child, self).__getitem__(key).upper()
d = Default(a='x')
print d['a'], d['b'], dict.__getitem__(d, 'c'), d.__getitem__('e'), d.get('f')
c = Child(a='y')
print c['a'], c['zz']
try:
    dict.__getitem__({}, 'k')
except KeyError, e:
    print 'KeyError:', e
# expect: x missing:b missing:c missing:e None
# expect: Y MISSING:ZZ
# expect: KeyError: 'k'
