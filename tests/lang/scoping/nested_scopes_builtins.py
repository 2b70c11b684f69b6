# Name resolution order: local, enclosing, global, builtin; shadowing builtins.
def len(x):
    return 'my len'
print len([1, 2])
del len
print len([1, 2])
def outer():
    max = lambda *a: 'enclosing max'
    def inner():
        return max(1, 2)
    return inner()
print outer()
print max(1, 2)
# expect: my len
# expect: 2
# expect: enclosing max
# expect: 2
