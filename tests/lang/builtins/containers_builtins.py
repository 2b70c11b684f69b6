# list(), tuple() and dict() builtins.
print list('ab'), tuple('ab')
print list((1, 2)), tuple([1, 2])
print dict(a=1)
print sorted(dict([('x', 1), ('y', 2)]).items())
print sorted(dict({'k': 'v'}, extra=1).items())
print list(), tuple(), dict()
# expect: ['a', 'b'] ('a', 'b')
# expect: [1, 2] (1, 2)
# expect: {'a': 1}
# expect: [('x', 1), ('y', 2)]
# expect: [('extra', 1), ('k', 'v')]
# expect: [] () {}
