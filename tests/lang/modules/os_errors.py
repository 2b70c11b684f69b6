# os.open on a missing file raises OSError.
import os
try:
    os.open('/tmp/rpyvm_no_such_dir/missing.txt', os.O_RDONLY)
except OSError, e:
    print 'OSError', e.errno
print os.O_RDONLY
# expect: OSError 2
# expect: 0
