# iter(callable, sentinel) calls until the sentinel value comes back.
data = [3, 2, 1, 0, 5]
def take():
    return data.pop(0)
print list(iter(take, 0))
print data
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
for x in iter(tick, 4):
    print 'tick', x
try:
    iter(5, 0)
except TypeError, e:
    print 'TypeError:', e
# expect: [3, 2, 1]
# expect: [5]
# expect: tick 1
# expect: tick 2
# expect: tick 3
# expect: TypeError: iter(v, w): v must be callable
