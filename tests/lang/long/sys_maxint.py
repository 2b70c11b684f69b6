import sys
# sys.maxint boundaries
print sys.maxint, type(sys.maxint), sys.maxint + 1, type(sys.maxint + 1)
print -sys.maxint - 1, type(-sys.maxint - 1)
print type(sys.maxint * 2 // 2), sys.maxint * 2 // 2 == sys.maxint
print isinstance(sys.maxint + 1, (int, long)), int(sys.maxint + 1 - 1), type(int(sys.maxint + 1 - 1))
# expect: 9223372036854775807 <type 'int'> 9223372036854775808 <type 'long'>
# expect: -9223372036854775808 <type 'int'>
# expect: <type 'long'> True
# expect: True 9223372036854775807 <type 'int'>
