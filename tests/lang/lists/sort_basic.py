# sort in place: numbers, strings, tuples, stability.
a = [5, 2, 8, 1, 9, 3]
print a.sort()
print a
s = ['pear', 'apple', 'fig']
s.sort()
print s
m = [2.5, 1, 3, 0.5]
m.sort()
print m
t = [(2, 'b'), (1, 'z'), (2, 'a')]
t.sort()
print t
# expect: None
# expect: [1, 2, 3, 5, 8, 9]
# expect: ['apple', 'fig', 'pear']
# expect: [0.5, 1, 2.5, 3]
# expect: [(1, 'z'), (2, 'a'), (2, 'b')]
