# itemgetter, attrgetter (dotted) and methodcaller.
import operator as op
rows = [('b', 2), ('a', 3), ('c', 1)]
print sorted(rows, key=op.itemgetter(1)), op.itemgetter(0, 1)('xyz'), op.itemgetter('k')({'k': 5})
class P(object):
    def __init__(self, n, sub=None):
        self.name = n
        self.sub = sub
p = P('outer', P('inner'))
print op.attrgetter('name')(p), op.attrgetter('sub.name')(p), op.attrgetter('name', 'sub.name')(p)
print op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'), op.methodcaller('replace', 'a', 'o')('banana')
print map(op.itemgetter(-1), ['ab', 'cd'])
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print e
try:
    op.attrgetter('nope')(p)
except AttributeError as e:
    print e
# expect: [('c', 1), ('b', 2), ('a', 3)] ('x', 'y') 5
# expect: outer inner ('outer', 'inner')
# expect: ABC ['a', 'b'] bonono
# expect: ['b', 'd']
# expect: list index out of range
# expect: 'P' object has no attribute 'nope'
