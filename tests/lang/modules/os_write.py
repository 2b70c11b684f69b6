# os.write to file descriptor 1 and 2.
import os
n = os.write(1, 'hello via os.write\n')
os.write(1, bytes('bytes call\n'))
os.write(1, str(n) + '\n')
os.write(2, 'to fd 2\n')
# expect: hello via os.write
# expect: bytes call
# expect: 19
# expect stderr: to fd 2
