# The as-target can be a tuple, an attribute or a subscript.
class Pair(object):
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        return False

with Pair() as (x, y):
    print x, y

class Holder(object):
    pass

h = Holder()
with Pair() as h.value:
    pass
print h.value
d = {}
with Pair() as d['k']:
    pass
print d
# expect: 1 2
# expect: (1, 2)
# expect: {'k': (1, 2)}
