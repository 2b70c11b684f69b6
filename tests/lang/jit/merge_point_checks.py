# jit_merge_point checks its live variables against the driver's greens and
# reds on every call, also after a loop has run and after the driver changed.
from rpython.rlib.jit import JitDriver, JitHintError

driver = JitDriver(greens=['pc'], reds=['acc'], name='demo')
other = JitDriver(greens=['a', 'b'], reds='auto')

def run(n, bad_at):
    acc = 0
    pc = 0
    while pc < n:
        if pc == bad_at:
            driver.jit_merge_point(pc=pc)
        else:
            driver.jit_merge_point(pc=pc, acc=acc)
        other.jit_merge_point(a=pc, b=acc)
        acc += pc
        pc += 1
    return acc

print run(2000, -1)
try:
    run(2000, 1500)
except JitHintError as e:
    print 'JitHintError:', e
driver.greens = ['pc', 'acc']
driver.reds = []
print run(100, -1)
driver.reds = ['zz']
try:
    run(10, -1)
except JitHintError as e:
    print 'JitHintError:', e
# expect: 1999000
# expect: JitHintError: demo: wrong live variables ['pc'], expected ['acc', 'pc']
# expect: 4950
# expect: JitHintError: demo: wrong live variables ['acc', 'pc'], expected ['acc', 'pc', 'zz']
