# Module with state, for the module-caching tests.
print 'mod_counter executing'
count = 0

def bump():
    global count
    count += 1
    return count
