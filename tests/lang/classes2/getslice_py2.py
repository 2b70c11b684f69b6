# py2 __getslice__ / __setslice__ / __delslice__ for simple slices
class S(object):
    def __init__(self): self.log = []
    def __getitem__(self, i): return ('item', i)
    def __getslice__(self, i, j): return ('slice', i, j)
    def __setslice__(self, i, j, v): self.log.append(('set', i, j, v))
    def __delslice__(self, i, j): self.log.append(('del', i, j))
s = S()
print s[1:3], s[:2], s[1:], s[::2], s[4]
s[0:2] = 'ab'
del s[1:4]
print s.log
class L(list):
    def __getslice__(self, i, j): return 'L-slice %d %d' % (i, j)
print L([1, 2, 3])[0:2]
# expect: ('slice', 1, 3) ('slice', 0, 2) ('slice', 1, 9223372036854775807) ('item', slice(None, None, 2)) ('item', 4)
# expect: [('set', 0, 2, 'ab'), ('del', 1, 4)]
# expect: L-slice 0 2
