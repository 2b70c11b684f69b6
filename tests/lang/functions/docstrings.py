# A string as the first statement of a function or class is a docstring, not output.
def f():
    "Returns one."
    return 1
class C(object):
    """A class with a docstring."""
    def m(self):
        '''Method docstring.'''
        return 2
print f(), C().m()
# expect: 1 2
