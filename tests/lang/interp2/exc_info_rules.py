# sys.exc_info() across handlers and calls (Python 2 rules), sys.exc_clear(),
# bare raise, three-argument raise and traceback objects.
import sys

def show(tag):
    t, v, tb = sys.exc_info()
    print tag, t and t.__name__, v, tb is not None

show('start')
try:
    raise ValueError('first')
except ValueError:
    show('in handler')
show('after handler')

def callee_handles():
    try:
        raise KeyError('inner')
    except KeyError:
        show('callee')

try:
    raise IndexError('outer')
except IndexError:
    callee_handles()
    show('caller restored')

def callee_sees_caller():
    show('callee of handler')
try:
    raise TypeError('visible')
except TypeError:
    callee_sees_caller()

def clears():
    try:
        raise OSError('x')
    except OSError:
        pass
    sys.exc_clear()
    show('cleared')
try:
    raise NameError('kept')
except NameError:
    clears()
    show('kept in caller')

def reraiser():
    try:
        raise AttributeError('again')
    except AttributeError:
        try:
            raise
        except AttributeError, e:
            print 'bare raise re-raised', e

reraiser()

def helper_raise():
    raise

try:
    raise LookupError('through helper')
except LookupError:
    try:
        helper_raise()
    except LookupError, e:
        print 'helper re-raised', e

def depth_of(tb):
    n = 0
    lines = []
    while tb is not None:
        n += 1
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    return n, lines

def level2():
    raise RuntimeError('deep')
def level1():
    level2()
try:
    level1()
except RuntimeError:
    saved = sys.exc_info()
print depth_of(saved[2])
print saved[2].tb_frame.f_code.co_name, saved[2].tb_next.tb_frame.f_code.co_name
try:
    raise saved[0], saved[1], saved[2]
except RuntimeError:
    print depth_of(sys.exc_info()[2])
try:
    raise saved[0], saved[1]
except RuntimeError:
    print depth_of(sys.exc_info()[2])
try:
    raise RuntimeError, 'x', 'not a traceback'
except TypeError, e:
    print 'TypeError:', e
try:
    raise
except TypeError, e:
    print 'TypeError:', e
sys.exc_clear()
try:
    raise
except TypeError, e:
    print 'TypeError:', e
# expect: start None None False
# expect: in handler ValueError first True
# expect: after handler ValueError first True
# expect: callee KeyError 'inner' True
# expect: caller restored IndexError outer True
# expect: callee of handler TypeError visible True
# expect: cleared None None False
# expect: kept in caller NameError kept True
# expect: bare raise re-raised again
# expect: helper re-raised through helper
# expect: (3, [84, 82, 80])
# expect: <module> level1
# expect: (3, [84, 82, 80])
# expect: (1, [94])
# expect: TypeError: raise: arg 3 must be a traceback or None
# expect: TypeError: raise: arg 3 must be a traceback or None
# expect: TypeError: exceptions must be old-style classes or derived from BaseException, not NoneType
