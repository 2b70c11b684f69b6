# del on names, list items, slices, dict keys and attributes.
a = 1
del a
try:
    a
except NameError, e:
    print 'NameError:', e
lst = [1, 2, 3, 4, 5]
del lst[0], lst[-1]
print lst
del lst[0:2]
print lst
d = {'k': 1, 'j': 2}
del d['k']
print d
class O(object):
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print hasattr(o, 'attr'), o.other
def f():
    loc = 1
    del loc
    return 'deleted local'
print f()
x, y = 1, 2
del x, y
try:
    print y
except NameError:
    print 'y deleted'
# expect: NameError: name 'a' is not defined
# expect: [2, 3, 4]
# expect: [4]
# expect: {'j': 2}
# expect: False 2
# expect: deleted local
# expect: y deleted
