# An exception raised in a generator propagates to the consumer and finishes the generator.
def bad():
    yield 1
    raise ValueError('inside generator')
    yield 2

g = bad()
print g.next()
try:
    g.next()
except ValueError, e:
    print 'caught:', e
try:
    g.next()
except StopIteration:
    print 'stopped'
print list(x for x in [1, 2] if x)
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError, e:
    print 'genexp:', e
# expect: 1
# expect: caught: inside generator
# expect: stopped
# expect: [1, 2]
# expect: genexp: integer division or modulo by zero
