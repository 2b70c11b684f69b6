# A priority-queue scheduler: a hand-written binary heap runs generator-based tasks.
class Heap(object):
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        items[0] = last
        i = 0
        n = len(items)
        while True:
            left = 2 * i + 1
            smallest = i
            if left < n and items[left] < items[smallest]:
                smallest = left
            if left + 1 < n and items[left + 1] < items[smallest]:
                smallest = left + 1
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


class Scheduler(object):
    def __init__(self):
        self.queue = Heap()
        self.clock = 0
        self.seq = 0
        self.log = []

    def spawn(self, name, gen, delay=0, priority=5):
        self.seq += 1
        self.queue.push((self.clock + delay, priority, self.seq, name, gen))

    def run(self, until=100):
        while len(self.queue):
            when, prio, seq, name, gen = self.queue.pop()
            if when > until:
                self.log.append('stopped at %d' % when)
                break
            self.clock = when
            try:
                delay = gen.next()
            except StopIteration:
                self.log.append('%3d %s finished' % (self.clock, name))
                continue
            except Exception, e:
                self.log.append('%3d %s crashed: %s' % (self.clock, name, e))
                continue
            self.log.append('%3d %s ran, sleeps %d' % (self.clock, name, delay))
            self.spawn(name, gen, delay, prio)


def worker(n, step):
    for i in range(n):
        yield step


def crasher():
    yield 3
    raise ValueError('oops')


def spawner(sched):
    yield 1
    sched.spawn('child', worker(2, 4), priority=1)
    yield 2

s = Scheduler()
s.spawn('fast', worker(4, 2), priority=3)
s.spawn('slow', worker(2, 7), priority=1)
s.spawn('crash', crasher(), delay=1)
s.spawn('parent', spawner(s), delay=2, priority=9)
s.spawn('late', worker(1, 1), delay=500)
s.run()
print '\n'.join(s.log)
h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print [h.pop() for i in range(len(h))]
# expect:   0 slow ran, sleeps 7
# expect:   0 fast ran, sleeps 2
# expect:   1 crash ran, sleeps 3
# expect:   2 fast ran, sleeps 2
# expect:   2 parent ran, sleeps 1
# expect:   3 parent ran, sleeps 2
# expect:   3 child ran, sleeps 4
# expect:   4 fast ran, sleeps 2
# expect:   4 crash crashed: oops
# expect:   5 parent finished
# expect:   6 fast ran, sleeps 2
# expect:   7 slow ran, sleeps 7
# expect:   7 child ran, sleeps 4
# expect:   8 fast finished
# expect:  11 child finished
# expect:  14 slow finished
# expect: stopped at 500
# expect: [1, 2, 3, 5, 7, 8, 9]
