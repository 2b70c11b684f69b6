# __str__ and __repr__ on user classes.
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __str__(self):
        return '(%d, %d)' % (self.x, self.y)
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)
p = Point(1, 2)
print p
print str(p)
print repr(p)
print [p, Point(3, 4)]
print 'p is %s, %r' % (p, p)
print (p,)
class OnlyRepr(object):
    def __repr__(self):
        return 'OnlyRepr()'
print OnlyRepr()
print str(OnlyRepr())
print [OnlyRepr()]
# expect: (1, 2)
# expect: (1, 2)
# expect: Point(1, 2)
# expect: [Point(1, 2), Point(3, 4)]
# expect: p is (1, 2), Point(1, 2)
# expect: (Point(1, 2),)
# expect: OnlyRepr()
# expect: OnlyRepr()
# expect: [OnlyRepr()]
