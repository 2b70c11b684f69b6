# Unbounded recursion raises RuntimeError (not a crash); the program can go on.
def down(n):
    return down(n + 1)

try:
    down(0)
except RuntimeError, e:
    print 'RuntimeError:', e
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print count(500)
class Node(object):
    def depth(self):
        return self.depth()
try:
    Node().depth()
except RuntimeError, e:
    print 'method recursion:', e
print 'still running'
# expect: RuntimeError: maximum recursion depth exceeded
# expect: 500
# expect: method recursion: maximum recursion depth exceeded
# expect: still running
