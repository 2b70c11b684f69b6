# The Python 2 form "except E, e".
try:
    raise ValueError('old syntax')
except ValueError, e:
    print 'got', e
    print e.args
try:
    {}['key']
except KeyError, err:
    print 'missing', err
# expect: got old syntax
# expect: ('old syntax',)
# expect: missing 'key'
