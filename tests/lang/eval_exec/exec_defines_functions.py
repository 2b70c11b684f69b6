# Functions created by exec see the exec namespace as their globals.
ns = {'factor': 3}
exec '''
def triple(x):
    return x * factor

def call_other(x):
    return triple(x) + 1
''' in ns
print ns['triple'](4), ns['call_other'](4)
ns['factor'] = 10
print ns['triple'](4)
print sorted(k for k in ns if not k.startswith('__'))
# expect: 12 13
# expect: 40
# expect: ['call_other', 'factor', 'triple']
