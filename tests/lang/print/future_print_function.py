from __future__ import print_function
# print as a function: sep, end and file.
import sys
print('a', 'b', 'c')
print('a', 'b', sep='-')
print('no newline', end='')
print(' ...continued')
print(1, 2, sep='', end='!\n')
print()
print('to stderr', file=sys.stderr)
p = print
p('via alias')
print(*['x', 'y'])
# expect: a b c
# expect: a-b
# expect: no newline ...continued
# expect: 12!
# expect:
# expect: via alias
# expect: x y
# expect stderr: to stderr
