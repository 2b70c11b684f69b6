# os.stat results: posix.stat_result, a 10-item tuple with st_* attributes (times as floats).
import os
path = '/tmp/rpyvm_stat_result_%d' % os.getpid()
f = open(path, 'w')
f.write('12345')
f.close()
try:
    st = os.stat(path)
    print type(st).__name__, len(st), st[6], st.st_size, st[0] == st.st_mode
    print type(st[8]).__name__, type(st.st_mtime).__name__, int(st.st_mtime) == st[8]
    print st.n_fields, st.n_sequence_fields, st.n_unnamed_fields, type(st[:2]).__name__
    print repr(st).startswith('posix.stat_result(st_mode='), st.st_nlink, st.st_blocks >= 0
    fd = os.open(path, os.O_RDONLY)
    print os.fstat(fd).st_size, os.path.samestat(os.fstat(fd), st)
    os.close(fd)
    print os.lstat(path) == st
finally:
    os.remove(path)
# expect: stat_result 10 5 5 True
# expect: int float True
# expect: 16 10 3 tuple
# expect: True 1 True
# expect: 5 True
# expect: True
