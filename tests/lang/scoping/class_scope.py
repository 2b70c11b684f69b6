# Names in a class body are class attributes, not visible as bare names in methods.
size = 'global size'
class C(object):
    size = 'class size'
    double = size * 2 if False else size + '!'
    def get(self):
        return size
    def get_attr(self):
        return self.size
c = C()
print c.get()
print c.get_attr()
print C.double
# expect: global size
# expect: class size
# expect: class size!
