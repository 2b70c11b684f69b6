# The format() builtin and __format__ on classes.
class Money(object):
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        return format(self.v, spec)
class Plain(object):
    def __str__(self):
        return 'plain!'
m = Money(3.5)
print format(m, 'usd'), format(m, '.1f'), '{0:usd} and {0:>8}'.format(m)
print format(Plain()), '{0:>10}|'.format(Plain())
print format(None), format([1, 2]), format('abc', '>5'), format(42)
try:
    format(Plain(), 'd')
except ValueError as e:
    print e
try:
    format(1, 2)
except TypeError as e:
    print e
# expect: $3.50 3.5 $3.50 and      3.5
# expect: plain!     plain!|
# expect: None [1, 2]   abc 42
# expect: Unknown format code 'd' for object of type 'str'
# expect: format expects arg 2 to be string or unicode, not int
