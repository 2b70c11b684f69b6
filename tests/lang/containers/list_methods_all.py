# Every list method: append extend insert remove pop index count reverse sort, with options.
l = [1, 2, 3, 2, 1]
print l.count(2), l.count(9), l.index(2), l.index(2, 2), l.index(1, -1)
l.insert(0, 'start')
l.insert(100, 'end')
l.insert(-1, 'before end')
l.insert(-100, 'very start')
print l
print l.pop(), l.pop(0), l.pop(-2), l
l.remove(2)
print l
l.extend(x * 10 for x in range(2))
l.extend('ab')
l.extend((7,))
print l
l.reverse()
print l
try:
    l.index(2, 0, 2)
except ValueError, e:
    print 'ValueError:', e
a = [1]
a += 'xy'
print a
a *= 2
print a
print [0] * 3 + [1], [[]] * 2
# expect: 2 0 1 3 4
# expect: ['very start', 'start', 1, 2, 3, 2, 1, 'before end', 'end']
# expect: end very start 1 ['start', 1, 2, 3, 2, 'before end']
# expect: ['start', 1, 3, 2, 'before end']
# expect: ['start', 1, 3, 2, 'before end', 0, 10, 'a', 'b', 7]
# expect: [7, 'b', 'a', 10, 0, 'before end', 2, 3, 1, 'start']
# expect: ValueError: 2 is not in list
# expect: [1, 'x', 'y']
# expect: [1, 'x', 'y', 1, 'x', 'y']
# expect: [0, 0, 0, 1] [[], []]
