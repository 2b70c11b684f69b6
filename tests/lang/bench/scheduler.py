# A richards-like task scheduler: tasks exchange packets through a round-robin queue.
class Packet(object):
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.value = 0

class Task(object):
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
        self.inbox = []
        self.handled = 0

    def run(self, sched):
        if not self.inbox:
            return None
        packet = self.inbox.pop(0)
        self.handled += 1
        packet.value += self.priority
        return self.route(packet, sched)

    def route(self, packet, sched):
        return packet

class Worker(Task):
    def route(self, packet, sched):
        packet.dest = 'device' if packet.value % 2 else 'handler'
        return packet

class Handler(Task):
    def route(self, packet, sched):
        packet.kind += 1
        if packet.kind > 6:
            sched.done += 1
            return None
        packet.dest = 'worker'
        return packet

class Device(Task):
    def route(self, packet, sched):
        packet.value *= 3
        packet.dest = 'handler'
        return packet

class Scheduler(object):
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.done = 0

    def add(self, task):
        self.tasks[task.name] = task
        self.order.append(task)

    def run(self, packets, rounds):
        for i in range(packets):
            self.tasks['worker'].inbox.append(Packet(None, 'worker', 0))
        for r in range(rounds):
            for task in self.order:
                packet = task.run(self)
                if packet is not None:
                    self.tasks[packet.dest].inbox.append(packet)
        return self.done

s = Scheduler()
s.add(Worker('worker', 1))
s.add(Handler('handler', 2))
s.add(Device('device', 5))
print 'completed:', s.run(20, 200)
for t in s.order:
    print t.name, t.handled, len(t.inbox)
# expect: completed: 20
# expect: worker 140 0
# expect: handler 140 0
# expect: device 140 0
