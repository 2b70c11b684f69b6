# __contains__, and the fallbacks to __iter__ and __getitem__
class C(object):
    def __contains__(self, x): return x == 3
class I(object):
    def __iter__(self): return iter([1, 2])
class G(object):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print 3 in C(), 4 in C(), 4 not in C()
print 2 in I(), 5 in I(), 20 in G(), 25 in G()
try:
    3 in object()
except TypeError as e:
    print e
# expect: True False True
# expect: True False True False
# expect: argument of type 'object' is not iterable
