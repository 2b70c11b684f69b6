# yield as an expression: parenthesised, in assignments, bare yield gives None.
def g():
    a = yield
    print 'a =', a
    b = (yield a) + 1
    print 'b =', b
    c = [(yield), (yield)]
    print 'c =', c

gen = g()
print gen.next()
print gen.send('first')
print gen.send(41)
print gen.send('x')
try:
    gen.send('y')
except StopIteration:
    print 'done'
# expect: None
# expect: a = first
# expect: first
# expect: b = 42
# expect: None
# expect: None
# expect: c = ['x', 'y']
# expect: done
