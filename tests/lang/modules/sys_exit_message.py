# sys.exit("msg") prints msg to stderr and exits with status 1.
import sys
print 'before exit'
sys.exit('fatal: something went wrong')
# expect: before exit
# expect stderr: fatal: something went wrong
# expect exit: 1
