# A suspended generator inside try/finally, with or try/except is closed
# (GeneratorExit at its yield) some time after it became unreachable, at the
# latest at gc.collect(). Counts allow for objects a conservative GC keeps.
import gc

runs = {'finally': 0, 'with': 0, 'except': 0, 'outside': 0, 'fresh': 0, 'done': 0}

def fin():
    try:
        yield 1
        yield 2
    finally:
        runs['finally'] += 1

class Ctx(object):
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is GeneratorExit:
            runs['with'] += 1

def with_gen():
    with Ctx():
        yield 1
        yield 2

def exc_gen():
    try:
        yield 1
    except GeneratorExit:
        runs['except'] += 1
        raise

def outside():
    yield 0                  # suspended here: no block active, not closed
    try:
        yield 1
    finally:
        runs['outside'] += 1

def fresh():
    try:
        yield 1
    finally:
        runs['fresh'] += 1   # never started: nothing to close

def done():
    try:
        yield 1
    finally:
        runs['done'] += 1

def make(n):
    for i in range(n):
        g = fin()
        g.next()
        g = with_gen()
        g.next()
        g = exc_gen()
        g.next()
        g = outside()
        g.next()
        g = fresh()
        g = done()
        for x in g:
            pass

make(1000)
for i in range(5):
    gc.collect()

print runs['finally'] >= 900, runs['finally'] <= 1000
print runs['with'] >= 900, runs['with'] <= 1000
print runs['except'] >= 900, runs['except'] <= 1000
print runs['outside'], runs['fresh'], runs['done']
# expect: True True
# expect: True True
# expect: True True
# expect: 0 0 1000
