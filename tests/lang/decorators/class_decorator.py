# Class decorators (Python 2.6+): the decorator receives and returns the class.
def add_hello(cls):
    def hello(self):
        return 'hello from ' + type(self).__name__
    cls.hello = hello
    cls.decorated = True
    return cls

@add_hello
class Thing(object):
    pass

print Thing().hello()
print Thing.decorated

def singleton(cls):
    return cls()

@singleton
class config(object):
    debug = False
print config.debug, type(config).__name__
# expect: hello from Thing
# expect: True
# expect: False config
