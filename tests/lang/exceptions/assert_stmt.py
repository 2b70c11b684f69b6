# assert with and without a message.
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError, e:
    print 'AssertionError', repr(str(e))
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError, e:
    print 'AssertionError:', e
x = []
try:
    assert x, 'x is empty: %r' % (x,)
except AssertionError, e:
    print e
# expect: AssertionError ''
# expect: AssertionError: one is not greater than two
# expect: x is empty: []
