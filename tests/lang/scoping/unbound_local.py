# Reading a local before it is assigned raises UnboundLocalError (a NameError).
x = 1
def f():
    print x
    x = 2
try:
    f()
except NameError, e:
    print 'NameError:', e
def g():
    del y
y = 5
try:
    g()
except NameError, e:
    print 'NameError:', e
# expect: NameError: local variable 'x' referenced before assignment
# expect: NameError: local variable 'y' referenced before assignment
