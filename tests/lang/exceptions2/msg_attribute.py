# AttributeError wording for instances, classes, modules and builtin values.
import math
class Thing(object):
    pass
class Old:
    pass
def show(obj, name):
    try:
        getattr(obj, name)
    except AttributeError, e:
        print e
show(Thing(), 'colour')
show(Thing, 'colour')
show(math, 'tau')
show(5, 'real_part')
show('text', 'push')
show([], 'add')
show({}, 'append')
show(None, 'value')
show((1,), 'append')
show(len, 'x')
try:
    Thing().undefined_method()
except AttributeError, e:
    print e
try:
    (1).x = 2
except AttributeError, e:
    print e
try:
    del Thing().nothing
except AttributeError, e:
    print e
# expect: 'Thing' object has no attribute 'colour'
# expect: type object 'Thing' has no attribute 'colour'
# expect: 'module' object has no attribute 'tau'
# expect: 'int' object has no attribute 'real_part'
# expect: 'str' object has no attribute 'push'
# expect: 'list' object has no attribute 'add'
# expect: 'dict' object has no attribute 'append'
# expect: 'NoneType' object has no attribute 'value'
# expect: 'tuple' object has no attribute 'append'
# expect: 'builtin_function_or_method' object has no attribute 'x'
# expect: 'Thing' object has no attribute 'undefined_method'
# expect: 'int' object has no attribute 'x'
# expect: 'Thing' object has no attribute 'nothing'
