# raise type, value, traceback re-raises with a saved traceback (Python 2 form).
import sys
def source():
    raise ValueError('original')

try:
    source()
except ValueError:
    saved = sys.exc_info()

print 'saved', saved[0].__name__, saved[1]
try:
    raise saved[0], saved[1], saved[2]
except ValueError, e:
    tb = sys.exc_info()[2]
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print 'caught again', e, 'traceback depth', depth
# expect: saved ValueError original
# expect: caught again original traceback depth 2
