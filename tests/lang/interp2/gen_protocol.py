# Generator objects: next/send/throw/close, their states and error messages.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1

c = counter(10)
print type(c).__name__, c.__name__, repr(c)[:26]
print c.next(), c.next(), c.send(7), c.next()
print list(c)
print next(c, 'exhausted')
try:
    c.next()
except StopIteration, e:
    print 'StopIteration', repr(e)

fresh = counter(3)
try:
    fresh.send('x')
except TypeError, e:
    print 'TypeError:', e
print fresh.send(None)

def guarded():
    try:
        yield 'first'
        yield 'second'
    except KeyError, e:
        yield 'caught %r' % (e,)
    finally:
        print 'cleanup runs'

g = guarded()
print g.next()
print g.throw(KeyError, 'k')
g.close()
print 'closed'
g.close()
try:
    g.next()
except StopIteration:
    print 'stays finished'

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print 'ignoring exit'
    yield 2

s = stubborn()
s.next()
try:
    s.close()
except RuntimeError, e:
    print 'RuntimeError:', e
print list(s)

def reenter():
    yield me.next()
me = reenter()
try:
    me.next()
except ValueError, e:
    print 'ValueError:', e

for bad in ('str', 3, None):
    try:
        counter(1).throw(bad)
    except TypeError, e:
        print 'TypeError:', e
try:
    counter(1).throw(ValueError, 1, 'not a traceback')
except TypeError, e:
    print 'TypeError:', e

unstarted = counter(2)
try:
    unstarted.throw(IndexError('early'))
except IndexError, e:
    print 'IndexError:', e
print list(unstarted)

def returns_early(flag):
    yield 1
    if flag:
        return
    yield 2
print list(returns_early(True)), list(returns_early(False))

def raises_stop():
    yield 'a'
    raise StopIteration
    yield 'b'
print list(raises_stop())
print c.gi_running, [x for x in guarded() if x == 'first']
# expect: generator counter <generator object counter 
# expect: 0 1 7 8
# expect: [9]
# expect: exhausted
# expect: StopIteration StopIteration()
# expect: TypeError: can't send non-None value to a just-started generator
# expect: 0
# expect: first
# expect: caught KeyError('k',)
# expect: cleanup runs
# expect: closed
# expect: stays finished
# expect: ignoring exit
# expect: RuntimeError: generator ignored GeneratorExit
# expect: []
# expect: ValueError: generator already executing
# expect: TypeError: exceptions must be classes, or instances, not str
# expect: TypeError: exceptions must be classes, or instances, not int
# expect: TypeError: exceptions must be classes, or instances, not NoneType
# expect: TypeError: throw() third argument must be a traceback object
# expect: IndexError: early
# expect: []
# expect: [1] [1, 2]
# expect: ['a']
# expect: 0 cleanup runs
# expect: ['first']
