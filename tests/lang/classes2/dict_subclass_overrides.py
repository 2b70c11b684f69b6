# dict subclass: __getitem__/__setitem__/__contains__/__len__ overrides
class CI(dict):
    def __setitem__(self, k, v): dict.__setitem__(self, k.lower(), v)
    def __getitem__(self, k): return dict.__getitem__(self, k.lower())
    def __contains__(self, k): return dict.__contains__(self, k.lower())
d = CI()
d['Key'] = 1
print d['KEY'], 'kEy' in d, d.keys(), len(d)
class Sized(dict):
    def __len__(self): return 99
print len(Sized(a=1)), bool(Sized())
# expect: 1 True ['key'] 1
# expect: 99 True
