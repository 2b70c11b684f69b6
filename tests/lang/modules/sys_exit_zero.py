# sys.exit() and sys.exit(0) end the program successfully; finally blocks run.
import sys
print 'before'
try:
    sys.exit(0)
finally:
    print 'finally runs'
print 'not reached'
# expect: before
# expect: finally runs
