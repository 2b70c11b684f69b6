# A decorator that registers functions in a table and returns them unchanged.
handlers = []

def register(func):
    handlers.append((func.__name__, func))
    return func

@register
def first(x):
    return x + 1

@register
def second(x):
    return x * 2

for name, h in handlers:
    print name, h(10)
print first is handlers[0][1]
# expect: first 11
# expect: second 20
# expect: True
