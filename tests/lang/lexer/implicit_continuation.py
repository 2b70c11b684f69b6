# Implicit line joining inside (), [] and {}; comments and blank lines allowed inside.
values = [
    1, 2,   # first two
    3,

    4,
]
print values
t = (10,
       20,
  30)
print t
d = {
    'key':
        'value',
}
print d
def add(a,
        b,
            c=0):
    return (a +
            b +
    c)
print add(1,
          2,
   c=3)
print len([
x for x in values
    if x > 1])
# expect: [1, 2, 3, 4]
# expect: (10, 20, 30)
# expect: {'key': 'value'}
# expect: 6
# expect: 3
