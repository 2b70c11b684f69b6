# sys.maxint is the largest int.
import sys
print sys.maxint
print -sys.maxint - 1
print sys.maxint == 0x7fffffffffffffff
print type(sys.maxint)
# expect: 9223372036854775807
# expect: -9223372036854775808
# expect: True
# expect: <type 'int'>
