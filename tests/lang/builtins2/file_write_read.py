# open for writing and reading: write, read, read(n), tell/seek, close.
import os
path = '/tmp/rpyvm_file_write_read_%d.txt' % os.getpid()
f = open(path, 'w')
print f.write('hello\n'), f.write('world\n')
f.close()
f = open(path)
print repr(f.read(3))
print repr(f.read(4))
print f.tell()
print repr(f.read())
print repr(f.read())
f.seek(0)
print repr(f.read())
f.close()
f = open(path, 'a')
f.write('appended\n')
f.close()
f = open(path, 'r')
print repr(f.read())
f.close()
print os.path.getsize(path)
os.remove(path)
# expect: None None
# expect: 'hel'
# expect: 'lo\nw'
# expect: 7
# expect: 'orld\n'
# expect: ''
# expect: 'hello\nworld\n'
# expect: 'hello\nworld\nappended\n'
# expect: 21
