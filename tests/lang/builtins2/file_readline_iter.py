# readline, readlines and iteration over a file object, including a last line without \n.
import os
path = '/tmp/rpyvm_file_readline_%d.txt' % os.getpid()
f = open(path, 'w')
f.writelines(['one\n', 'two\n', '\n', 'last without newline'])
f.close()
f = open(path)
print repr(f.readline())
print repr(f.readline())
print repr(f.readline())
print repr(f.readline())
print repr(f.readline())
f.close()
f = open(path)
print f.readlines()
f.close()
count = 0
for line in open(path):
    count += 1
    print count, repr(line)
with open(path) as f:
    print [len(l) for l in f]
with open(path) as f:
    print f.next(), list(f)[-1]
os.remove(path)
# expect: 'one\n'
# expect: 'two\n'
# expect: '\n'
# expect: 'last without newline'
# expect: ''
# expect: ['one\n', 'two\n', '\n', 'last without newline']
# expect: 1 'one\n'
# expect: 2 'two\n'
# expect: 3 '\n'
# expect: 4 'last without newline'
# expect: [4, 4, 1, 20]
# expect: one
# expect: last without newline
