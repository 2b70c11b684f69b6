# sys.argv holds the script path and its arguments.
# args: first second 3
import sys
print len(sys.argv)
print sys.argv[0]
print sys.argv[1:]
print int(sys.argv[3]) + 1
# expect: 4
# expect: tests/lang/modules/sys_argv.py
# expect: ['first', 'second', '3']
# expect: 4
