# print >>f writes to a file object; print >>sys.stderr to standard error.
import os, sys
path = '/tmp/rpyvm_print_to_file_%d.txt' % os.getpid()
f = open(path, 'w')
print >>f, 'first', 1, 2
print >>f, 'no newline',
print >>f, 'continued'
print >>f
f.close()
print repr(open(path).read())
os.remove(path)
print >>sys.stderr, 'to stderr'
print >>sys.stdout, 'to stdout'
print >>None, 'None means stdout'
# expect: 'first 1 2\nno newline continued\n\n'
# expect: to stdout
# expect: None means stdout
# expect stderr: to stderr
