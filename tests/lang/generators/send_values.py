# gen.send(v) resumes the generator with v as the value of the yield expression.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x

g = accumulator()
print g.next()
print g.send(5)
print g.send(10)
print g.send(-3)
try:
    g.send(None)
except StopIteration:
    print 'finished'

def echo():
    received = []
    while len(received) < 3:
        v = yield len(received)
        received.append(v)
    yield received

e = echo()
print e.send(None)
print e.send('a')
print e.send('b')
print e.send('c')
# expect: 0
# expect: 5
# expect: 15
# expect: 12
# expect: finished
# expect: 0
# expect: 1
# expect: 2
# expect: ['a', 'b', 'c']
