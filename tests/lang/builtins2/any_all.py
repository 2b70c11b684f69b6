# any and all short-circuit and accept any iterable; empty gives False/True.
print any([]), all([]), any([0, '', None]), all([1, 'x', [0]])
print any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, -1])
def noisy(values):
    for v in values:
        print 'yield', v
        yield v
print any(noisy([0, 1, 2]))
print all(noisy([1, 0, 2]))
print any('abc'), all(''), any({0: 'a'}), all(set([1, 2]))
try:
    any(5)
except TypeError, e:
    print 'TypeError:', e
# expect: False True False True
# expect: True False
# expect: yield 0
# expect: yield 1
# expect: True
# expect: yield 1
# expect: yield 0
# expect: False
# expect: True True False True
# expect: TypeError: 'int' object is not iterable
