# Chains of attribute access, subscripts and calls.
class Node(object):
    def __init__(self, value, children):
        self.value = value
        self.children = children
    def child(self, i):
        return self.children[i]
tree = Node(1, [Node(2, []), Node(3, [Node(4, [])])])
print tree.children[1].children[0].value
print tree.child(1).child(0).value
print [c.value for c in tree.children]
data = {'a': [{'b': 'deep'}]}
print data['a'][0]['b'][1:]
print 'x,y'.split(',')[1].upper()
# expect: 4
# expect: 4
# expect: [2, 3]
# expect: eep
# expect: Y
