# An exception escaping nested generators: the traceback lists every frame,
# the generators' included, as CPython 2 prints it.
def leaf(n):
    for i in range(n):
        if i == 2:
            raise ValueError('leaf failed at %d' % i)
        yield i

def middle(n):
    for v in leaf(n):
        yield v * 10

def consume():
    total = 0
    for v in middle(5):
        print 'got', v
        total += v
    return total

consume()
# expect: got 0
# expect: got 10
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/interp2/gen_traceback.py", line 20, in <module>
# expect stderr:     consume()
# expect stderr:   File "tests/lang/interp2/gen_traceback.py", line 15, in consume
# expect stderr:     for v in middle(5):
# expect stderr:   File "tests/lang/interp2/gen_traceback.py", line 10, in middle
# expect stderr:     for v in leaf(n):
# expect stderr:   File "tests/lang/interp2/gen_traceback.py", line 6, in leaf
# expect stderr:     raise ValueError('leaf failed at %d' % i)
# expect stderr: ValueError: leaf failed at 2
# expect exit: 1
