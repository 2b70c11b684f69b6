# Raising classes without bases (old-style classes in CPython 2) and their
# instances; new-style classes must derive from BaseException.
class Classic:
    pass

class ClassicChild(Classic):
    def __init__(self, why='unknown'):
        self.why = why

class NewStyle(object):
    pass

try:
    raise Classic
except Classic, e:
    print 'caught', e.__class__.__name__

try:
    raise ClassicChild('disk full')
except Classic, e:
    print 'caught child', e.why

try:
    raise ClassicChild, 'quota'
except ClassicChild, e:
    print 'caught with value', e.why

try:
    raise Classic, 'message'
except TypeError, e:
    print 'TypeError:', e

try:
    raise NewStyle
except TypeError, e:
    print 'TypeError:', e

try:
    raise NewStyle()
except TypeError, e:
    print 'TypeError:', e

try:
    raise Classic()
except Exception:
    print 'not an Exception'
except:
    print 'bare except catches it'

class Err(Exception):
    pass
try:
    raise Err, ('a', 1)
except Err, e:
    print 'tuple value', e.args

def gen():
    try:
        yield 1
    except Classic:
        yield 'classic thrown in'
g = gen()
g.next()
print g.throw(Classic)
# expect: caught Classic
# expect: caught child disk full
# expect: caught with value quota
# expect: TypeError: this constructor takes no arguments
# expect: TypeError: exceptions must be old-style classes or derived from BaseException, not type
# expect: TypeError: exceptions must be old-style classes or derived from BaseException, not NewStyle
# expect: bare except catches it
# expect: tuple value ('a', 1)
# expect: classic thrown in
