# @dec is sugar for f = dec(f); the decorator runs once, at definition time.
def shout(func):
    print 'decorating', func.__name__
    def wrapper(*args):
        return func(*args).upper() + '!'
    return wrapper

@shout
def greet(name):
    return 'hello ' + name

print 'defined'
print greet('bob')
print greet('ann')
print greet.__name__
# expect: decorating greet
# expect: defined
# expect: HELLO BOB!
# expect: HELLO ANN!
# expect: wrapper
