# User exceptions with their own __init__ and __str__; args come from the base __init__.
class ParseError(Exception):
    def __init__(self, line, msg):
        Exception.__init__(self, line, msg)
        self.line = line
        self.msg = msg

    def __str__(self):
        return 'line %d: %s' % (self.line, self.msg)

class Quiet(Exception):
    pass

class NoSuperInit(Exception):
    def __init__(self, code):
        self.code = code

try:
    raise ParseError(3, 'unexpected token')
except ParseError, e:
    print str(e)
    print e.args, e.line, e.msg
try:
    raise Quiet('hush', 1)
except Quiet, e:
    print e.args, str(e)
e = NoSuperInit(7)
print e.code, e.args, repr(str(e))
print isinstance(e, Exception), issubclass(ParseError, StandardError)
# expect: line 3: unexpected token
# expect: (3, 'unexpected token') 3 unexpected token
# expect: ('hush', 1) ('hush', 1)
# expect: 7 () ''
# expect: True False
