# gen.throw(type, value) raises inside the generator at the paused yield.
def gen():
    while True:
        try:
            yield 'ready'
        except ValueError, e:
            print 'handled', e
            yield 'recovered'

g = gen()
print g.next()
print g.throw(ValueError, 'bad')
print g.next()
try:
    g.throw(KeyError('k'))
except KeyError, e:
    print 'propagated KeyError', e
try:
    g.next()
except StopIteration:
    print 'generator is finished'
# expect: ready
# expect: handled bad
# expect: recovered
# expect: ready
# expect: propagated KeyError 'k'
# expect: generator is finished
