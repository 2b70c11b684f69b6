# File modes r+, w+, a+, binary flag; truncate, seek whence, and invalid modes.
import os
path = '/tmp/rpyvm_file_modes_%d.txt' % os.getpid()
try:
    f = open(path, 'w+')
    f.write('hello world')
    f.seek(0)
    print repr(f.read(5))
    f.seek(-5, 2)
    print repr(f.read())
    f.seek(0)
    f.seek(6, 1)
    print repr(f.read(3)), f.tell()
    f.truncate(5)
    f.close()
    print repr(open(path).read())
    f = open(path, 'r+')
    f.write('J')
    f.close()
    print repr(open(path, 'rb').read())
    f = open(path, 'a+')
    f.write('!')
    f.seek(0)
    print repr(f.read())
    f.close()
    f = open(path, 'r+')
    f.truncate()
    f.close()
    print os.path.getsize(path)
finally:
    if os.path.exists(path):
        os.remove(path)
for mode in ['q', 'rw+x', '']:
    try:
        open(path, mode)
    except ValueError, e:
        print 'ValueError:', e
    except IOError, e:
        print 'IOError:', e.errno
# expect: 'hello'
# expect: 'world'
# expect: 'wor' 9
# expect: 'hello'
# expect: 'Jello'
# expect: 'Jello!'
# expect: 0
# expect: ValueError: mode string must begin with one of 'r', 'w', 'a' or 'U', not 'q'
# expect: IOError: 2
# expect: ValueError: empty mode string
