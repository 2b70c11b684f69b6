# Free variables resolve through several levels, skipping class scopes.
x = 'global'
def level1():
    x = 'level1'
    def level2():
        def level3():
            return x
        return level3()
    return level2()
print level1()

def with_class():
    y = 'function y'
    class C(object):
        y = 'class y'
        def method(self):
            return y
        seen = y
    return C().method(), C.seen
print with_class()
# expect: level1
# expect: ('function y', 'class y')
