# file.truncate keeps the position; readinto fills a bytearray; xreadlines, newlines, errors.
import os
path = '/tmp/rpyvm_truncate_%d' % os.getpid()
try:
    f = open(path, 'w+')
    f.write('0123456789')
    f.seek(4)
    f.truncate()
    print f.tell(), os.path.getsize(path)
    f.truncate(2)
    f.seek(0)
    print repr(f.read()), f.newlines, f.errors
    f.close()
    f = open(path, 'w')
    f.write('line1\nline2\n')
    f.close()
    f = open(path)
    print f.xreadlines() is f, [l for l in f.xreadlines()]
    f.close()
    buf = bytearray(4)
    f = open(path, 'rb')
    print f.readinto(buf), buf, f.read(2)
    f.close()
    try:
        open(path, 'r').truncate()
    except IOError, e:
        print 'IOError:', e.errno
    try:
        open(path, 'Uw')
    except ValueError, e:
        print 'ValueError:', e
finally:
    os.remove(path)
# expect: 4 4
# expect: '01' None None
# expect: True ['line1\n', 'line2\n']
# expect: 4 line 1
# expect:
# expect: IOError: None
# expect: ValueError: universal newline mode can only be used with modes starting with 'r'
