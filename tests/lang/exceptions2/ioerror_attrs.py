# IOError/OSError from the system carry errno, strerror and filename.
import os
try:
    open('/nonexistent_dir_rpyvm/file.txt')
except IOError, e:
    print e.errno, e.strerror, e.filename
    print str(e)
    print e.args
try:
    os.remove('/nonexistent_dir_rpyvm/file.txt')
except OSError, e:
    print e.errno, e.strerror
    print str(e)
e = IOError(13, 'Permission denied', 'x.txt')
print str(e), e.errno, e.args
e = IOError('just a message')
print str(e), e.errno, e.strerror
# expect: 2 No such file or directory /nonexistent_dir_rpyvm/file.txt
# expect: [Errno 2] No such file or directory: '/nonexistent_dir_rpyvm/file.txt'
# expect: (2, 'No such file or directory')
# expect: 2 No such file or directory
# expect: [Errno 2] No such file or directory: '/nonexistent_dir_rpyvm/file.txt'
# expect: [Errno 13] Permission denied: 'x.txt' 13 (13, 'Permission denied')
# expect: just a message None None
