# A user context manager: __enter__'s result is bound by `as`, __exit__ runs afterwards.
class Ctx(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print 'enter', self.name
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, tb):
        print 'exit', self.name, exc_type, exc_value, tb
        return False

with Ctx('a') as v:
    print 'body', v
with Ctx('b'):
    print 'body without as'
print 'after'
# expect: enter a
# expect: body A
# expect: exit a None None None
# expect: enter b
# expect: body without as
# expect: exit b None None None
# expect: after
