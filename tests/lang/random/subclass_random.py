# A subclass overriding random() drives the derived methods.
import random

class Fixed(random.Random):
    def __init__(self, vals):
        self.vals = list(vals)
        random.Random.__init__(self, 0)
    def random(self):
        return self.vals.pop(0)

f = Fixed([0.0, 0.5, 0.99, 0.25, 0.75])
print f.randint(1, 10), f.choice('abcd'), f.randrange(100)
print '%.3f' % f.uniform(0, 8), f.random()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tests/lang/random/subclass_random.py", line 11, in <module>
# expect stderr:     f = Fixed([0.0, 0.5, 0.99, 0.25, 0.75])
# expect stderr: TypeError: unhashable type: 'list'
# expect exit: 1
