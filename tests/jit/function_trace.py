# A function called often gets a trace from its entry, ending at its return.
# jit: threshold=1000000,function_threshold=20
# pypylog: jit-log-opt,jit-summary
# log-contains: entry bridge
# section-contains: jit-log-opt-loop finish(
def add3(a, b, c):
    return a + b * c

t = 0
for i in range(100):
    t += add3(i, 2, 3)
print t
# expect: 5550
