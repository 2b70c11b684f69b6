# The global statement lets a function rebind a module-level name.
counter = 0
def incr():
    global counter
    counter += 1
def reset():
    global counter, other
    counter = 0
    other = 'created by reset'
incr()
incr()
print counter
reset()
print counter, other
def read_only():
    return counter + 100
print read_only()
# expect: 2
# expect: 0 created by reset
# expect: 100
