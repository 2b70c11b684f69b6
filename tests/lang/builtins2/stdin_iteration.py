# sys.stdin supports readline, read(n) and iteration to the end of input.
# stdin: alpha
# stdin: beta gamma
# stdin: delta
# stdin: epsilon
import sys
print repr(sys.stdin.readline())
print repr(sys.stdin.read(5))
for line in sys.stdin:
    print 'line:', line.rstrip('\n')
print 'end of input'
# expect: 'alpha\n'
# expect: 'beta '
# expect: line: gamma
# expect: line: delta
# expect: line: epsilon
# expect: end of input
