# dict subclasses: __missing__ supplies values for absent keys in d[k] only.
class Default(dict):
    def __missing__(self, key):
        return key * 2

d = Default(a=1)
print d['a'], d['zz'], d.get('zz'), 'zz' in d, len(d)

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

c = Counter()
for w in 'the cat and the hat and the bat'.split():
    c[w] += 1
print sorted(c.items())

class Plain(dict):
    pass
p = Plain(x=1)
try:
    p['y']
except KeyError, e:
    print 'KeyError:', e
print type(p).__name__, isinstance(p, dict), p == {'x': 1}
# expect: 1 zzzz None False 1
# expect: [('and', 2), ('bat', 1), ('cat', 1), ('hat', 1), ('the', 3)]
# expect: KeyError: 'y'
# expect: Plain True True
