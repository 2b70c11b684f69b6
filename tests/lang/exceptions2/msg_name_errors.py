# NameError wording at module level, in functions and for deleted names.
def show(fn):
    try:
        fn()
    except NameError, e:
        print type(e).__name__ + ':', e

def global_missing():
    return not_defined_anywhere
def local_missing():
    x = y_is_local
    y_is_local = 1
def deleted():
    v = 1
    del v
    return v
show(global_missing)
show(local_missing)
show(deleted)
try:
    undefined_at_module
except NameError, e:
    print e
z = 1
del z
try:
    print z
except NameError, e:
    print e
try:
    del never_bound
except NameError, e:
    print e
# expect: NameError: global name 'not_defined_anywhere' is not defined
# expect: UnboundLocalError: local variable 'y_is_local' referenced before assignment
# expect: UnboundLocalError: local variable 'v' referenced before assignment
# expect: name 'undefined_at_module' is not defined
# expect: name 'z' is not defined
# expect: name 'never_bound' is not defined
