# raw_input reads lines from standard input without the newline; prompts go to stdout.
# stdin: first line
# stdin:   indented line with spaces  
# stdin:
# stdin: 42
name = raw_input()
print 'read:', repr(name)
second = raw_input('prompt> ')
print 'read:', repr(second)
print 'empty:', repr(raw_input())
n = int(raw_input('number? '))
print n * 2
try:
    raw_input()
except EOFError, e:
    print 'EOFError:', e
# expect: read: 'first line'
# expect: prompt> read: '  indented line with spaces  '
# expect: empty: ''
# expect: number? 84
# expect: EOFError: EOF when reading a line
