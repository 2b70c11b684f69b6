# __getitem__, __setitem__, __delitem__, __len__, slices
class Grid(object):
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        return self.d.get(k, 0)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
g = Grid()
g[1, 2] = 5
g['a'] = 'x'
print g[1, 2], g['a'], g['zz'], len(g)
del g['a']
print len(g), g[::2], g[1:5:2]
try:
    del g['missing']
except KeyError as e:
    print 'KeyError', e
# expect: 5 x 0 2
# expect: 1 ('slice', None, None, 2) ('slice', 1, 5, 2)
# expect: KeyError 'missing'
