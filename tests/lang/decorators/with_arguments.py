# Decorator factories take arguments and return the real decorator.
def repeat(times, sep=' '):
    def deco(func):
        def wrapper(*args, **kwargs):
            return sep.join([func(*args, **kwargs) for i in range(times)])
        return wrapper
    return deco

@repeat(3)
def word():
    return 'ha'

@repeat(2, sep='-')
def echo(x, suffix=''):
    return x + suffix

print word()
print echo('yo', suffix='!')
# expect: ha ha ha
# expect: yo!-yo!
