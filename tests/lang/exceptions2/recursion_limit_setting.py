# sys.getrecursionlimit/setrecursionlimit: a lower limit stops recursion earlier.
import sys
print sys.getrecursionlimit()
deepest = [0]
def dive(n):
    deepest[0] = n
    dive(n + 1)
sys.setrecursionlimit(120)
print sys.getrecursionlimit()
try:
    dive(1)
except RuntimeError, e:
    print 'RuntimeError:', e
print 100 <= deepest[0] < 120
sys.setrecursionlimit(2000)
deepest[0] = 0
try:
    dive(1)
except RuntimeError:
    pass
print 1900 <= deepest[0] < 2000
# expect: 1000
# expect: 120
# expect: RuntimeError: maximum recursion depth exceeded
# expect: True
# expect: True
