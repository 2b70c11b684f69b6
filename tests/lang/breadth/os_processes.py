# os.popen, fork/waitpid and the W* status helpers, getuid-style queries.
import os
p = os.popen('echo one; echo two')
print repr(p.read()), p.close()
p = os.popen('exit 3')
print repr(p.read()), p.close() >> 8
import sys
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(7)
r, status = os.waitpid(pid, 0)
print r == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status)
print type(os.getuid()).__name__, type(os.getgid()).__name__, len(os.uname()), len(os.times())
print os.WNOHANG, os.EX_OK, os.EX_USAGE
# expect: 'one\ntwo\n' None
# expect: '' 3
# expect: True True 7 False
# expect: int int 5 5
# expect: 1 0 64
