# subclassing dict, __missing__
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in 'abcab':
    c[w] += 1
print sorted(c.items()), c['zz'], 'zz' in c, c.get('zz')
class AutoList(dict):
    def __missing__(self, key):
        v = self[key] = []
        return v
a = AutoList()
a['x'].append(1)
a['x'].append(2)
print a, type(a).__name__, isinstance(a, dict)
class Attr(dict):
    def __init__(self, *args, **kw):
        super(Attr, self).__init__(*args, **kw)
        self.extra = 'e'
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
d = Attr(a=1)
print d.a, d.extra, sorted(d.keys())
class Upper(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k.upper(), v)
u = Upper()
u['k'] = 1
print u
# expect: [('a', 2), ('b', 2), ('c', 1)] 0 False None
# expect: {'x': [1, 2]} AutoList True
# expect: 1 e ['a']
# expect: {'K': 1}
