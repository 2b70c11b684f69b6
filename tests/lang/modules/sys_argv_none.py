# sys.argv without extra arguments.
import sys
print sys.argv
print type(sys.argv)
# expect: ['tests/lang/modules/sys_argv_none.py']
# expect: <type 'list'>
