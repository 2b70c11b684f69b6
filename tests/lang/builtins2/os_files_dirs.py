# os directory and file operations on a private directory under /tmp.
import os
d = '/tmp/rpyvm_os_dirs_%d' % os.getpid()
try:
    os.mkdir(d)
    for name in ['b.txt', 'a.txt']:
        f = open(os.path.join(d, name), 'w')
        f.write(name)
        f.close()
    print sorted(os.listdir(d))
    os.rename(os.path.join(d, 'a.txt'), os.path.join(d, 'c.txt'))
    print sorted(os.listdir(d)), os.path.getsize(os.path.join(d, 'c.txt'))
    st = os.stat(os.path.join(d, 'b.txt'))
    print st.st_size, st.st_mtime > 0, st[6]
    try:
        os.mkdir(d)
    except OSError, e:
        print 'OSError:', e.errno, e.strerror
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
print os.path.exists(d)
try:
    os.listdir(d)
except OSError, e:
    print 'OSError:', e.errno, e.strerror
os.environ['RPYVM_TEST_VAR'] = 'value'
print os.getenv('RPYVM_TEST_VAR'), os.getenv('RPYVM_NOPE', 'dflt'), os.environ.get('RPYVM_NOPE')
print 'RPYVM_TEST_VAR' in os.environ, type(os.getpid()).__name__
# expect: ['a.txt', 'b.txt']
# expect: ['b.txt', 'c.txt'] 5
# expect: 5 True 5
# expect: OSError: 17 File exists
# expect: False
# expect: OSError: 2 No such file or directory
# expect: value dflt None
# expect: True int
