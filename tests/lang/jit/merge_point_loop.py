# A hot loop with a merge point: the result must not depend on whether it is compiled.
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=[], reds=['i', 'n', 'total'])

def run(n):
    i = 0
    total = 0
    while i < n:
        driver.jit_merge_point(i=i, n=n, total=total)
        if i % 3 == 0:
            total += i * 2
        elif i % 3 == 1:
            total -= i
        else:
            total ^= i
        i += 1
    return total

for n in [0, 1, 10, 1000, 5000]:
    print n, run(n)
# expect: 0 0
# expect: 1 0
# expect: 10 9
# expect: 1000 999
# expect: 5000 -1
