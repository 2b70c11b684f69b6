# exception subclasses with custom __init__ and __str__
class AppError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return '[%d] %s' % (self.code, self.msg)
try:
    raise AppError(404, 'missing')
except AppError as e:
    print e, e.code, e.args, isinstance(e, Exception)
class Simple(ValueError):
    pass
try:
    raise Simple('bad', 2)
except ValueError as e:
    print type(e).__name__, e, e.args
# expect: [404] missing 404 (404, 'missing') True
# expect: Simple ('bad', 2) ('bad', 2)
