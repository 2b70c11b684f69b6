# A generator cannot resume itself: "generator already executing".
def selfish():
    yield g.next()

g = selfish()
try:
    g.next()
except ValueError, e:
    print 'ValueError:', e
# expect: ValueError: generator already executing
