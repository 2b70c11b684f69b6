# Files are context managers: the file is closed when the block ends, even on error.
import os
path = '/tmp/rpyvm_test_with_files_%d.txt' % os.getpid()
with open(path, 'w') as f:
    print 'closed inside?', f.closed
    f.write('line one\nline two\n')
print 'closed after?', f.closed
with open(path) as f:
    print repr(f.read())
try:
    with open(path) as f:
        raise KeyError('k')
except KeyError:
    print 'closed after error?', f.closed
os.remove(path)
print os.path.exists(path)
# expect: closed inside? False
# expect: closed after? True
# expect: 'line one\nline two\n'
# expect: closed after error? True
# expect: False
