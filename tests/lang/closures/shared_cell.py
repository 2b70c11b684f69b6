# Two closures from the same call share the same variables.
def pair():
    state = {'n': 0}
    def inc():
        state['n'] += 1
    def get():
        return state['n']
    return inc, get
inc, get = pair()
inc()
inc()
print get()
inc2, get2 = pair()
print get2(), get()
# expect: 2
# expect: 0 2
