# Output that does not end with a newline (written with sys.stdout.write).
import sys
print 'complete line'
sys.stdout.write('no newline at the end')
# expect: complete line
# expect: no newline at the end
# expect-no-newline
