# Lists and tuples compare element by element.
print [1, 2] < [1, 3]
print [1, 2] < [1, 2, 0]
print [2] > [1, 100]
print [] < [0]
print (1, 2) == (1, 2)
print (1, 'b') < (1, 'c')
print (2,) > (1, 9, 9)
print [1, [2, 3]] < [1, [2, 4]]
print sorted([(2, 'a'), (1, 'z'), (2, 'A'), (1, 'b')])
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: [(1, 'b'), (1, 'z'), (2, 'A'), (2, 'a')]
