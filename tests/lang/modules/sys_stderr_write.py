# sys.stderr.write goes to stderr.
import sys
print 'to stdout'
sys.stderr.write('to stderr\n')
sys.stderr.write('second ')
sys.stderr.write('line\n')
# expect: to stdout
# expect stderr: to stderr
# expect stderr: second line
