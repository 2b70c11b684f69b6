# gen.next() and the next() builtin; StopIteration after the end, and again after that.
def abc():
    yield 'a'
    yield 'b'

g = abc()
print g.next()
print next(g)
try:
    g.next()
except StopIteration:
    print 'stop 1'
try:
    next(g)
except StopIteration:
    print 'stop 2'
print next(abc(), 'x'), next(iter([]), 'default')
g = abc()
print iter(g) is g
# expect: a
# expect: b
# expect: stop 1
# expect: stop 2
# expect: a default
# expect: True
