# sys.exc_info() returns (type, value, traceback) of the exception being handled.
import sys
print sys.exc_info()
try:
    raise KeyError('missing')
except KeyError:
    t, v, tb = sys.exc_info()
    print t.__name__, repr(v), type(tb).__name__
    print tb.tb_lineno, tb.tb_frame.f_code.co_name
def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
print inner()
# expect: (None, None, None)
# expect: KeyError KeyError('missing',) traceback
# expect: 5 <module>
# expect: ZeroDivisionError
