# Sending a non-None value to a just-started generator is a TypeError.
def gen():
    x = yield 1
    print 'x =', x
    yield 2

g = gen()
try:
    g.send(42)
except TypeError, e:
    print 'TypeError:', e
print g.send(None)
print g.send('hi')
# expect: TypeError: can't send non-None value to a just-started generator
# expect: 1
# expect: x = hi
# expect: 2
