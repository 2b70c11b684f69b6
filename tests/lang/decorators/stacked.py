# Stacked decorators apply bottom-up: @a @b def f is f = a(b(f)).
def tag(name):
    def deco(func):
        print 'applying', name
        def wrapper():
            return '<%s>%s</%s>' % (name, func(), name)
        return wrapper
    return deco

@tag('b')
@tag('i')
def text():
    return 'hi'

print text()
# expect: applying i
# expect: applying b
# expect: <b><i>hi</i></b>
