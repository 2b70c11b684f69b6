# Closures see the variable, not its value at creation (late binding).
fs = []
for i in range(3):
    fs.append(lambda: i)
print [f() for f in fs]
gs = []
for i in range(3):
    gs.append(lambda i=i: i)
print [g() for g in gs]
def make():
    x = 1
    def get():
        return x
    x = 2
    return get
print make()()
# expect: [2, 2, 2]
# expect: [0, 1, 2]
# expect: 2
