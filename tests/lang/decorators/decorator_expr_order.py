# Decorator expressions are evaluated top-down before the def; application is bottom-up.
def make(name):
    print 'evaluate', name
    def deco(f):
        print 'apply', name
        return f
    return deco

@make('one')
@make('two')
@make('three')
def f():
    return 'f'
print f()
# expect: evaluate one
# expect: evaluate two
# expect: evaluate three
# expect: apply three
# expect: apply two
# expect: apply one
# expect: f
