# set/frozenset operator methods called explicitly, including reflected and in-place forms.
a, b = set([1, 2, 3]), frozenset([3, 4])
print sorted(a.__or__(b)), sorted(a.__and__(b)), sorted(a.__sub__(b)), sorted(a.__xor__(b))
print sorted(b.__rsub__(a)), type(b.__or__(a)).__name__, a.__or__([1]), a.__eq__(set([1, 2, 3]))
s = set([1])
print s.__ior__(set([2])) is s, sorted(s), sorted(s.__isub__(set([1]))), s.__iand__(set([5]))
class Tagged(set):
    def __or__(self, other):
        return 'tagged ' + repr(sorted(set.__or__(self, other)))
print Tagged([1]) | set([2]), sorted(Tagged([1]) & set([1, 2]))
print frozenset([1]).__hash__() == hash(frozenset([1])), set.__hash__
# expect: [1, 2, 3, 4] [3] [1, 2] [1, 2, 4]
# expect: [1, 2] frozenset NotImplemented True
# expect: True [1, 2] [2] set([])
# expect: tagged [1, 2] [1]
# expect: True None
