# == and != on containers compare contents.
print [1, 2, 3] == [1, 2, 3]
print [1, [2, 3]] == [1, [2, 3]]
print [1] == (1,)
print (1, 2) != (1, 2)
print {'a': [1, 2]} == {'a': [1, 2]}
print {'a': 1, 'b': 2} == {'b': 2, 'a': 1}
print {'a': 1} == {'a': 2}
print [] == []
print [1, 2] == [1, 2.0]
print 'a' == 'a' and [None] == [None]
# expect: True
# expect: True
# expect: False
# expect: False
# expect: True
# expect: True
# expect: False
# expect: True
# expect: True
# expect: True
