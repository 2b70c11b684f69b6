# Copying instances, with __copy__ / __deepcopy__ hooks.
import copy
class Node(object):
    def __init__(self, v, kids=None):
        self.v = v
        self.kids = kids or []
n = Node(1, [Node(2)])
s = copy.copy(n)
d = copy.deepcopy(n)
print s.kids is n.kids, d.kids is n.kids, d.kids[0].v, type(d).__name__
class Custom(object):
    def __init__(self):
        self.x = [1]
    def __copy__(self):
        print 'custom copy'
        return 'copied'
    def __deepcopy__(self, memo):
        print 'custom deepcopy'
        return 'deep'
print copy.copy(Custom()), copy.deepcopy(Custom())
# expect: True False 2 Node
# expect: custom copy
# expect: copied custom deepcopy
# expect: deep
