# print uses str() on the item, and containers use repr() for their elements.
class C(object):
    def __str__(self):
        return 'str-of-C'
    def __repr__(self):
        return 'repr-of-C'
print C()
print [C()], (C(),)
print ['a', "b'c", 1.0 / 3]
print 'a'
print ['a']
print (1.0 / 3, 'x')
print {'k': C()}
# expect: str-of-C
# expect: [repr-of-C] (repr-of-C,)
# expect: ['a', "b'c", 0.3333333333333333]
# expect: a
# expect: ['a']
# expect: (0.3333333333333333, 'x')
# expect: {'k': repr-of-C}
