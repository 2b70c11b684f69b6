# Argument errors of str/list/dict methods, in CPython's exact wording.
tests = [
    lambda: 'a'.zfill(), lambda: 'a'.replace(1, 5, 'x'), lambda: 'a b'.split(5, '*'),
    lambda: 'a'.splitlines('x'), lambda: [].__len__(1), lambda: [].__mul__('a'),
    lambda: [].__setitem__(1), lambda: ().__getitem__(), lambda: [1].index(1, None),
    lambda: {}.get([1]), lambda: [] in {}, lambda: {}.pop([1]), lambda: {}.has_key({}),
    lambda: 'a'.__mul__(None), lambda: set().__len__(0),
]
for t in tests:
    try:
        print repr(t())
    except (TypeError, KeyError, ValueError), e:
        print type(e).__name__ + ':', e
# expect: TypeError: zfill() takes exactly 1 argument (0 given)
# expect: TypeError: an integer is required
# expect: TypeError: an integer is required
# expect: TypeError: an integer is required
# expect: TypeError: expected 0 arguments, got 1
# expect: TypeError: 'str' object cannot be interpreted as an index
# expect: TypeError:  expected 2 arguments, got 1
# expect: TypeError: expected 1 arguments, got 0
# expect: TypeError: slice indices must be integers or have an __index__ method
# expect: TypeError: unhashable type: 'list'
# expect: TypeError: unhashable type: 'list'
# expect: KeyError: [1]
# expect: TypeError: unhashable type: 'dict'
# expect: TypeError: 'NoneType' object cannot be interpreted as an index
# expect: TypeError: expected 0 arguments, got 1
