# The errno and stat modules, and os.errno.
import errno, stat, os
print errno.ENOENT, errno.EEXIST, errno.errorcode[errno.ENOENT], os.errno is errno
try:
    os.mkdir('/')
except OSError, e:
    print e.errno == errno.EEXIST, errno.errorcode[e.errno]
mode = os.stat('/').st_mode
print stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_IMODE(0100644) == 0644, stat.ST_SIZE
print stat.S_IRUSR | stat.S_IWUSR == 0600, stat.S_IFMT(mode) == stat.S_IFDIR
# expect: 2 17 ENOENT True
# expect: True EEXIST
# expect: True False True 6
# expect: True True
