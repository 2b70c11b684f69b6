# try/finally inside a generator: finally runs when the generator finishes or is closed.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print 'cleanup'

for x in gen():
    print x
g = gen()
print g.next()
g.close()
print 'closed'
g.close()
print 'closed again'
g = gen()
g.close()
print 'closed before start'
# expect: 1
# expect: 2
# expect: cleanup
# expect: 1
# expect: cleanup
# expect: closed
# expect: closed again
# expect: closed before start
