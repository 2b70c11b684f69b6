# Explicit line joining with a backslash.
total = 1 + \
        2 + \
    3
print total
if total > 5 and \
   total < 10:
    print "in range"
name = "abc" \
    "def"
print name
x = [1,
     2] + \
    [3]
print x
def f(a, b):
    return a \
        * b
print f(6, \
        7)
# expect: 6
# expect: in range
# expect: abcdef
# expect: [1, 2, 3]
# expect: 42
