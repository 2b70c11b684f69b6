# global inside a nested function refers to the module, not to the enclosing function.
counter = 0
def outer():
    counter = 100
    def inner():
        global counter
        counter += 1
        return counter
    inner()
    inner()
    return counter
print outer()
print counter
# expect: 100
# expect: 2
