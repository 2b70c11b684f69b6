# Constructor arguments of the two-parameter itertools types, bound as
# PyArg_ParseTupleAndKeywords: too many in all, then a missing required one,
# then an unknown keyword.
import itertools

def t(f, *a, **k):
    try:
        print type(f(*a, **k)).__name__
    except Exception as e:
        print type(e).__name__, e

for f, args in [(itertools.compress, ('abc', [1])), (itertools.count, (1, 2)),
                (itertools.repeat, (1, 2)), (itertools.groupby, ('ab', None)),
                (itertools.permutations, ('ab', 2)), (itertools.combinations, ('ab', 2)),
                (itertools.combinations_with_replacement, ('ab', 2))]:
    print f.__name__
    t(f, *args + (3,))
    t(f, *args, x=1)
    t(f, *args[:1], x=1)
    t(f, x=1)
    t(f)
    t(f, *args[:1])
t(itertools.compress, data='abc', selectors=[1, 0, 1])
t(itertools.compress, 'abc', data='abc')
print list(itertools.compress(data='abcd', selectors=[1, 0, 1]))
# expect: compress
# expect: TypeError compress() takes at most 2 arguments (3 given)
# expect: TypeError compress() takes at most 2 arguments (3 given)
# expect: TypeError Required argument 'selectors' (pos 2) not found
# expect: TypeError Required argument 'data' (pos 1) not found
# expect: TypeError Required argument 'data' (pos 1) not found
# expect: TypeError Required argument 'selectors' (pos 2) not found
# expect: count
# expect: TypeError count() takes at most 2 arguments (3 given)
# expect: TypeError count() takes at most 2 arguments (3 given)
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: count
# expect: count
# expect: repeat
# expect: TypeError repeat() takes at most 2 arguments (3 given)
# expect: TypeError repeat() takes at most 2 arguments (3 given)
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: TypeError Required argument 'object' (pos 1) not found
# expect: TypeError Required argument 'object' (pos 1) not found
# expect: repeat
# expect: groupby
# expect: TypeError groupby() takes at most 2 arguments (3 given)
# expect: TypeError groupby() takes at most 2 arguments (3 given)
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: TypeError Required argument 'iterable' (pos 1) not found
# expect: TypeError Required argument 'iterable' (pos 1) not found
# expect: groupby
# expect: permutations
# expect: TypeError permutations() takes at most 2 arguments (3 given)
# expect: TypeError permutations() takes at most 2 arguments (3 given)
# expect: TypeError 'x' is an invalid keyword argument for this function
# expect: TypeError Required argument 'iterable' (pos 1) not found
# expect: TypeError Required argument 'iterable' (pos 1) not found
# expect: permutations
# expect: combinations
# expect: TypeError combinations() takes at most 2 arguments (3 given)
# expect: TypeError combinations() takes at most 2 arguments (3 given)
# expect: TypeError Required argument 'r' (pos 2) not found
# expect: TypeError Required argument 'iterable' (pos 1) not found
# expect: TypeError Required argument 'iterable' (pos 1) not found
# expect: TypeError Required argument 'r' (pos 2) not found
# expect: combinations_with_replacement
# expect: TypeError combinations_with_replacement() takes at most 2 arguments (3 given)
# expect: TypeError combinations_with_replacement() takes at most 2 arguments (3 given)
# expect: TypeError Required argument 'r' (pos 2) not found
# expect: TypeError Required argument 'iterable' (pos 1) not found
# expect: TypeError Required argument 'iterable' (pos 1) not found
# expect: TypeError Required argument 'r' (pos 2) not found
# expect: compress
# expect: TypeError Argument given by name ('data') and position (1)
# expect: ['a', 'c']
