# sort returns None and sorts in place; the list is restored if key raises midway.
l = [3, 1, 2]
print l.sort(), l
l.sort(reverse=True)
print l
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
print sorted(l)
print sorted('hello'), sorted((3, 2)), sorted(set([2, 1]))
print sorted(x for x in [2, 3, 1])
try:
    l.sort(bogus=1)
except TypeError, e:
    print 'TypeError:', e
# expect: None [1, 2, 3]
# expect: [3, 2, 1]
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: [1, 2, 3]
# expect: ['e', 'h', 'l', 'l', 'o'] [2, 3] [1, 2]
# expect: [1, 2, 3]
# expect: TypeError: 'bogus' is an invalid keyword argument for this function
