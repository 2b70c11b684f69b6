# print >>sys.stderr writes to stderr, with the same spacing rules.
import sys
print 'out 1'
print >>sys.stderr, 'err 1'
print >>sys.stderr, 'err', 2, 3.5
print >>sys.stderr, 'no newline',
print >>sys.stderr, 'continued'
print >>sys.stderr
print 'out 2'
# expect: out 1
# expect: out 2
# expect stderr: err 1
# expect stderr: err 2 3.5
# expect stderr: no newline continued
# expect stderr:
