# threads.py: the work each thread's VM does in test_threads.c. `mix` is a
# C function the host registers in every VM.
def work(seed, n):
    acc = seed
    parts = []
    for i in xrange(n):
        acc = mix(acc, i)
        if i % 1000 == 0:
            parts.append(str(acc))       # allocate: collections happen
    print 'vm', seed, 'done'
    return acc, len(','.join(parts))

class Box(object):
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
