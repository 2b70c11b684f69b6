# sys.stdout.write resets the pending softspace of print.
import sys
print 'a',
sys.stdout.write('b')
print 'c'
print 'd',
sys.stdout.write('\n')
print 'e'
# expect: abc
# expect: d
# expect: e
