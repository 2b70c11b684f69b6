# __exit__ runs on return, break and continue out of a with block.
class Ctx(object):
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print 'enter', self.tag

    def __exit__(self, *exc):
        print 'exit', self.tag, exc

def f():
    with Ctx('ret'):
        return 'value'
print f()
for i in range(3):
    with Ctx(i):
        if i == 0:
            continue
        if i == 1:
            break
print 'loop done, i =', i
# expect: enter ret
# expect: exit ret (None, None, None)
# expect: value
# expect: enter 0
# expect: exit 0 (None, None, None)
# expect: enter 1
# expect: exit 1 (None, None, None)
# expect: loop done, i = 1
