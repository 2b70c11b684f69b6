# Rich comparison and hash methods of the builtin containers called explicitly.
print [1].__eq__([1]), [1].__lt__([2]), (1, 2).__ge__((1,)), 'a'.__lt__('b'), 'a'.__eq__(1)
print {}.__eq__({}), {'a': 1}.__ne__({'a': 2}), {}.__lt__({}), [1].__eq__((1,))
print set([1]).__eq__(frozenset([1])), set([1]).__le__(set([1, 2])), set([1]).__eq__([1])
print (1, 2).__hash__() == hash((1, 2)), 'ab'.__hash__() == hash('ab'), list.__hash__, dict.__hash__
class P(tuple):
    def __eq__(self, other):
        return tuple.__eq__(self, other)
    __hash__ = tuple.__hash__
print P((1,)) == (1,), hash(P((1,))) == hash((1,)), {P((2,)): 'v'}[(2,)]
# expect: True True True True NotImplemented
# expect: True True NotImplemented NotImplemented
# expect: True True NotImplemented
# expect: True True None None
# expect: True True v
