# A function made in the loop (MAKE_FUNCTION) is a new object every iteration:
# calling it must not guard on its identity, or every iteration fails that
# guard and the bridges grow into a chain (a loop of 20000 took 40 s).
# jit: threshold=1,function_threshold=1,trace_eagerness=1
# pypylog: jit-summary
# log-matches: ^Total # of bridges:\s+[0-9]$
def main(n, call):
    f = lambda: 1
    for i in range(n):
        f = (lambda g: lambda: g() + 1)(f)
    return f() if call else 0

print main(800, True)
print main(20000, False)
# expect: 801
# expect: 0
