# Helper module for the import tests (not a test itself: no expect block).
print 'mod_helper imported as', __name__

VALUE = 42
items = []

def double(x):
    return x * 2

class Widget(object):
    def __init__(self, name):
        self.name = name

    def label(self):
        return 'widget ' + self.name

def add_item(x):
    items.append(x)
    return len(items)
