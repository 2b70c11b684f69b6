# sys.exit raises SystemExit, which can be caught.
import sys
try:
    sys.exit(5)
except SystemExit, e:
    print 'caught SystemExit', e.code
try:
    sys.exit('message')
except SystemExit, e:
    print 'caught', e.code
print 'still running'
# expect: caught SystemExit 5
# expect: caught message
# expect: still running
