# operator item functions: getitem, setitem, delitem, slices, countOf, indexOf.
import operator as op
l = [1, 2, 3, 2]
print op.getitem(l, 1), op.countOf(l, 2), op.indexOf(l, 3)
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print l, op.getslice(l, 0, 2)
op.setslice(l, 0, 1, [7, 8])
op.delslice(l, 3, 4)
print l, op.index(5), op.sequenceIncludes(l, 8)
d = {}
op.setitem(d, 'k', 1)
print d, op.getitem(d, 'k')
try:
    op.indexOf([1], 9)
except ValueError as e:
    print e
try:
    op.concat(1, 2)
except TypeError as e:
    print e
# expect: 2 2 2
# expect: ['x', 3, 2] ['x', 3]
# expect: [7, 8, 3] 5 True
# expect: {'k': 1} 1
# expect: sequence.index(x): x not in sequence
# expect: 'int' object can't be concatenated
