# Generators as methods, with state on the instance; gi_running and __name__.
class Tree(object):
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for c in self.children:
            for v in c.walk():
                yield v

    def __iter__(self):
        return self.walk()

t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print list(t.walk())
print [v * 2 for v in t]
g = t.walk()
print g.__name__
print g.gi_running
# expect: [1, 2, 3, 4]
# expect: [2, 4, 6, 8]
# expect: walk
# expect: 0
