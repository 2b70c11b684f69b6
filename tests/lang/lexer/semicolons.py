# Several simple statements on one line, separated by semicolons.
a = 1; b = 2; c = a + b
print a; print b; print c
x = 5; x += 1;
print x
def f(): y = 3; return y * 2
print f()
# expect: 1
# expect: 2
# expect: 3
# expect: 6
# expect: 6
