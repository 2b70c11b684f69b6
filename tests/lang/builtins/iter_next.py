# iter() and next() on lists, strings, tuples and dicts.
it = iter('ab')
print next(it), next(it)
print next(it, 'end')
li = iter([10, 20, 30])
next(li)
print list(li)
ti = iter((1,))
print next(ti)
d = iter({'only': 1})
print next(d)
# expect: a b
# expect: end
# expect: [20, 30]
# expect: 1
# expect: only
