# Class attributes are shared; instance attributes shadow them.
class Config(object):
    debug = False
    count = 0
    def __init__(self):
        Config.count += 1
a = Config()
b = Config()
print Config.count, a.count
a.debug = True
print a.debug, b.debug, Config.debug
Config.debug = 'changed'
print b.debug, a.debug
class WithList(object):
    items = []
x = WithList()
y = WithList()
x.items.append(1)
print y.items
# expect: 2 2
# expect: True False False
# expect: changed True
# expect: [1]
