# File attributes name/mode/closed; operations on a closed file raise ValueError.
import os
path = '/tmp/rpyvm_file_attrs_%d.txt' % os.getpid()
f = open(path, 'w')
print f.name == path, f.mode, f.closed
f.close()
print f.closed
try:
    f.write('x')
except ValueError, e:
    print 'ValueError:', e
f = open(path)
print f.mode, type(f).__name__, isinstance(f, file)
f.close()
try:
    f.read()
except ValueError, e:
    print 'ValueError:', e
try:
    open(path + '.missing')
except IOError, e:
    print 'IOError:', e.errno, e.strerror
os.remove(path)
print os.path.exists(path)
# expect: True w False
# expect: True
# expect: ValueError: I/O operation on closed file
# expect: r file True
# expect: ValueError: I/O operation on closed file
# expect: IOError: 2 No such file or directory
# expect: False
