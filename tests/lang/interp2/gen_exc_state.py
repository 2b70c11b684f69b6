# Generators and the exception state: try/except/finally around yields,
# sys.exc_info() inside generators, exceptions thrown in, and generator
# expressions that raise.
import sys

def handler():
    try:
        yield 'in try'
        raise KeyError('k')
    except KeyError:
        yield 'handling %s' % sys.exc_info()[0].__name__
    yield 'after'

print list(handler())

def finally_order(log):
    try:
        log.append('start')
        yield 1
        log.append('resumed')
        yield 2
    finally:
        log.append('finally')

log = []
for x in finally_order(log):
    log.append('got %d' % x)
print log

log = []
f = finally_order(log)
f.next()
f.close()
print log

def nested():
    try:
        try:
            yield 1
        except ZeroDivisionError:
            yield 'inner caught'
            raise
    except ZeroDivisionError, e:
        yield 'outer caught %s' % e

n = nested()
print n.next()
print n.throw(ZeroDivisionError('zero'))
print n.next()
print list(n)

try:
    print sum(1 / x for x in [1, 2, 0, 4])
except ZeroDivisionError, e:
    print 'genexpr raised:', e

def caller_state():
    yield sys.exc_info()[0]

try:
    raise IndexError('outer')
except IndexError:
    print list(caller_state())[0].__name__

def with_return(n):
    for i in range(n):
        if i > 2:
            return
        yield i
print list(with_return(10))

gens = [(x * y for x in range(3)) for y in range(3)]
print [list(g) for g in gens]
print dict((k, v) for k, v in zip('abc', range(3)))
print sorted(set(c for c in 'mississippi'))
print max(len(w) for w in 'the quick brown fox'.split())
print any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5])
# expect: ['in try', 'handling KeyError', 'after']
# expect: ['start', 'got 1', 'resumed', 'got 2', 'finally']
# expect: ['start', 'finally']
# expect: 1
# expect: inner caught
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/interp2/gen_exc_state.py", line 49, in <module>
# expect stderr:     print n.next()
# expect stderr:   File "tests/lang/interp2/gen_exc_state.py", line 42, in nested
# expect stderr:     raise
# expect stderr: TypeError: exceptions must be old-style classes or derived from BaseException, not NoneType
# expect exit: 1
