# __init__ with default, *args and **kwargs parameters.
class Rec(object):
    def __init__(self, name, *tags, **fields):
        self.name = name
        self.tags = tags
        self.fields = fields
    def show(self):
        return '%s %s %s' % (self.name, self.tags, sorted(self.fields.items()))
print Rec('a').show()
print Rec('b', 't1', 't2').show()
print Rec('c', x=1).show()
print Rec(name='d').show()
try:
    Rec()
except TypeError, e:
    print 'TypeError'
# expect: a () []
# expect: b ('t1', 't2') []
# expect: c () [('x', 1)]
# expect: d () []
# expect: TypeError
