# Closures created in a loop share the loop variable; default arguments capture values.
fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print [f() for f in fs]
fs = []
for i in range(3):
    def g(i=i):
        return i
    fs.append(g)
print [g() for g in fs]
lams = [lambda: k for k in 'abc']
print [l() for l in lams]
lams = [(lambda k: lambda: k)(k) for k in 'abc']
print [l() for l in lams]
# expect: [2, 2, 2]
# expect: [0, 1, 2]
# expect: ['c', 'c', 'c']
# expect: ['a', 'b', 'c']
