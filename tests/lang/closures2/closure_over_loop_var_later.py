# A closure sees the latest value of the enclosing variable, even after the call returns.
def make():
    funcs = {}
    n = 0
    def get():
        return n
    def bump():
        return get() + 1
    funcs['get'] = get
    funcs['bump'] = bump
    n = 41
    return funcs
fs = make()
print fs['get'](), fs['bump']()
# expect: 41 42
