# tuple() from lists, strings and tuples; tuples as return values.
print tuple()
print tuple([1, 2])
print tuple('ab')
t = (1, 2)
print tuple(t) == t
def minmax(seq):
    return min(seq), max(seq)
print minmax([3, 1, 2])
lo, hi = minmax('hello')
print lo, hi
# expect: ()
# expect: (1, 2)
# expect: ('a', 'b')
# expect: True
# expect: (1, 3)
# expect: e o
