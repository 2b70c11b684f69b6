# StringIO and cStringIO as in-memory files.
from StringIO import StringIO
import cStringIO
f = StringIO()
f.write('hello ')
f.write('world\n')
print >> f, 'line', 2
f.writelines(['a\n', 'b\n'])
print repr(f.getvalue()), f.tell()
f.seek(0)
print repr(f.readline()), repr(f.read(4)), f.tell()
print [l for l in f]
g = StringIO('one\ntwo\nthree')
print g.readlines(), repr(g.read())
g.seek(4)
g.write('TWO')
print repr(g.getvalue())
g.truncate(3)
print repr(g.getvalue())
c = cStringIO.StringIO()
c.write('x' * 3)
print c.getvalue(), cStringIO.StringIO('abc').read(2)
g.close()
try:
    g.read()
except ValueError as e:
    print e
# expect: 'hello world\nline 2\na\nb\n' 23
# expect: 'hello world\n' 'line' 16
# expect: [' 2\n', 'a\n', 'b\n']
# expect: ['one\n', 'two\n', 'three'] ''
# expect: 'one\nTWO\nthree'
# expect: 'one'
# expect: xxx ab
# expect: I/O operation on closed file
