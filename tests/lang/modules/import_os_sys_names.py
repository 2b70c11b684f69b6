# from os import ..., from sys import ...
from os import write, O_RDONLY
from sys import argv, maxint
write(1, 'from os import write\n')
print type(O_RDONLY), len(argv), maxint > 1
# expect: from os import write
# expect: <type 'int'> 1 True
