# os.open/write/read/close on a temporary file.
import os
path = '/tmp/rpyvm_test_os_file_io.txt'
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0644)
os.write(fd, 'line one\n')
os.write(fd, 'line two\n')
os.close(fd)
fd = os.open(path, os.O_RDONLY)
data = os.read(fd, 5)
print repr(data)
rest = os.read(fd, 1000)
print repr(rest)
print repr(os.read(fd, 10))
os.close(fd)
print (data + rest).splitlines()
# expect: 'line '
# expect: 'one\nline two\n'
# expect: ''
# expect: ['line one', 'line two']
