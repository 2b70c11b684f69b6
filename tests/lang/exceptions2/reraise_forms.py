# raise E, V; raise E(V); raise instance; raise class; raise E, (a, b) builds E(a, b).
def attempt(fn):
    try:
        fn()
    except Exception, e:
        print type(e).__name__, e.args

def r1():
    raise ValueError, 'with comma'
def r2():
    raise ValueError('called')
def r3():
    raise ValueError
def r4():
    raise KeyError, ('a', 'b')
def r5():
    e = IndexError('saved')
    raise e
def r6():
    raise TypeError, TypeError('instance as value')
for fn in [r1, r2, r3, r4, r5, r6]:
    attempt(fn)
try:
    raise 'a string'
except TypeError, e:
    print 'TypeError:', e
try:
    raise 42
except TypeError, e:
    print 'TypeError:', e
# expect: ValueError ('with comma',)
# expect: ValueError ('called',)
# expect: ValueError ()
# expect: KeyError ('a', 'b')
# expect: IndexError ('saved',)
# expect: TypeError ('instance as value',)
# expect: TypeError: exceptions must be old-style classes or derived from BaseException, not str
# expect: TypeError: exceptions must be old-style classes or derived from BaseException, not int
