# insert and pop.
a = [1, 2, 3]
a.insert(0, 'first')
a.insert(2, 'mid')
a.insert(100, 'end')
a.insert(-1, 'before end')
print a
print a.pop()
print a.pop(0)
print a.pop(-2)
print a
try:
    [].pop()
except IndexError, e:
    print 'IndexError:', e
# expect: ['first', 1, 'mid', 2, 3, 'before end', 'end']
# expect: end
# expect: first
# expect: 3
# expect: [1, 'mid', 2, 'before end']
# expect: IndexError: pop from empty list
