# print >>sys.stdout is the same as a plain print.
import sys
print >>sys.stdout, 'explicit', 1
print >>sys.stdout, 'a',
print 'b'
# expect: explicit 1
# expect: a b
