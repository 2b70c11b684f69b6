# sys.stdout.write writes exactly the string, without adding a newline.
import sys
sys.stdout.write('no newline')
sys.stdout.write(' then more\n')
sys.stdout.write('')
sys.stdout.write('line 2\n')
print 'after print'
sys.stdout.write('a' * 3 + '\n')
# expect: no newline then more
# expect: line 2
# expect: after print
# expect: aaa
