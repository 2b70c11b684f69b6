# func_closure / __closure__ hold cells whose cell_contents follow the variable.
def outer():
    x = 1
    y = 'two'
    def inner():
        return x, y
    x = 10
    return inner

f = outer()
print f()
print len(f.__closure__), len(f.func_closure)
print sorted([c.cell_contents for c in f.__closure__])
print f.func_code.co_freevars
def no_free():
    return 1
print no_free.__closure__
# expect: (10, 'two')
# expect: 2 2
# expect: [10, 'two']
# expect: ('x', 'y')
# expect: None
