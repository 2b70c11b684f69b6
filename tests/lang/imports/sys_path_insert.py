# Adding a directory to sys.path makes its modules importable.
import sys, os
try:
    import mod_extra
except ImportError, e:
    print 'before:', e
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, 'extra_path'))
import mod_extra
print 'after:', mod_extra.VALUE
print os.path.basename(sys.path[0])
# expect: before: No module named mod_extra
# expect: after: found via sys.path
# expect: extra_path
