# close() raises GeneratorExit at the yield; a generator that yields again is a RuntimeError.
def watcher():
    try:
        while True:
            yield 'tick'
    except GeneratorExit:
        print 'got GeneratorExit'
        raise

w = watcher()
print w.next()
w.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
s.next()
try:
    s.close()
except RuntimeError, e:
    print 'RuntimeError:', e
print issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException)
# expect: tick
# expect: got GeneratorExit
# expect: RuntimeError: generator ignored GeneratorExit
# expect: False True
