# User-defined exception classes and hierarchies.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        AppError.__init__(self, 'not found: ' + name)
        self.name = name
class Fatal(AppError):
    pass
def lookup(name):
    if name == 'x':
        raise NotFound(name)
    if name == 'boom':
        raise Fatal('fatal error', 42)
    return name.upper()
for n in ['a', 'x', 'boom']:
    try:
        print lookup(n)
    except NotFound, e:
        print 'NotFound', e.name, str(e)
    except AppError, e:
        print 'AppError', e.args
print isinstance(NotFound('y'), Exception)
# expect: A
# expect: NotFound x not found: x
# expect: AppError ('fatal error', 42)
# expect: True
