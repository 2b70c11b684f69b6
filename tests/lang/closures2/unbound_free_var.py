# Reading a free variable before the enclosing function assigns it raises NameError.
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError, e:
        print 'NameError:', e
    value = 5
    return inner()
print outer()

def local_before_assign():
    try:
        print z
    except UnboundLocalError, e:
        print 'UnboundLocalError:', e
    z = 1
local_before_assign()
print issubclass(UnboundLocalError, NameError)
# expect: NameError: free variable 'value' referenced before assignment in enclosing scope
# expect: 5
# expect: UnboundLocalError: local variable 'z' referenced before assignment
# expect: True
