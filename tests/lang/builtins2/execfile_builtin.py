# execfile runs a file's code in the given namespace (or the current one).
import os
path = '/tmp/rpyvm_execfile_%d.py' % os.getpid()
f = open(path, 'w')
f.write('print "running file as", __name__\nval = 42\ndef twice(n):\n    return 2 * n\n')
f.close()
ns = {'__name__': 'custom'}
execfile(path, ns)
print ns['val'], ns['twice'](5)
execfile(path)
print val, twice(7)
os.remove(path)
try:
    execfile(path)
except IOError, e:
    print 'IOError:', e.errno
# expect: running file as custom
# expect: 42 10
# expect: running file as __main__
# expect: 42 14
# expect: IOError: 2
