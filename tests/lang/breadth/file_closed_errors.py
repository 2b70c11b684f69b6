# file objects: readline sizes, seek whence, closed-file and wrong-mode errors, IOError details.
import os
p = '/tmp/rpyvm_fclosed_%d' % os.getpid()
f = open(p, 'w')
f.write('line one\nline two\n\nlast')
f.close()
f = open(p)
print repr(f.readline(4)), repr(f.readline()), f.tell(), repr(f.read(3)), repr(f.readlines())
f.seek(-4, 2)
print repr(f.read()), f.tell(), repr(f.read()), repr(f.readline())
f.seek(2)
f.seek(3, 1)
print f.tell(), repr(f.read(2)), f.mode, f.closed, f.softspace
f.close()
for op in [lambda: f.read(), lambda: f.tell(), lambda: f.seek(0), lambda: f.write('x'),
           lambda: f.truncate(), lambda: iter(f)]:
    try:
        op()
    except ValueError, e:
        print 'ValueError:', e
print f.closed, f.close()
f = open(p, 'a')
try:
    f.read()
except IOError, e:
    print 'IOError:', e, e.errno
f.close()
f = open(p)
for op in [lambda: f.write('x'), lambda: f.seek('a'), lambda: f.read('a')]:
    try:
        op()
    except (IOError, TypeError), e:
        print type(e).__name__ + ':', e
f.close()
os.remove(p)
try:
    open('/nonexistent_rpyvm/x')
except IOError, e:
    print e.errno, e.strerror, e.filename
# expect: 'line' ' one\n' 9 'lin' ['e two\n', '\n', 'last']
# expect: 'last' 23 '' ''
# expect: 5 'on' r False 0
# expect: ValueError: I/O operation on closed file
# expect: ValueError: I/O operation on closed file
# expect: ValueError: I/O operation on closed file
# expect: ValueError: I/O operation on closed file
# expect: ValueError: I/O operation on closed file
# expect: ValueError: I/O operation on closed file
# expect: True None
# expect: IOError: File not open for reading None
# expect: IOError: File not open for writing
# expect: TypeError: 'str' object cannot be interpreted as an index
# expect: TypeError: an integer is required
# expect: 2 No such file or directory /nonexistent_rpyvm/x
