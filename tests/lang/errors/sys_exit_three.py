# sys.exit(3) from a nested call; output before it is kept.
import sys

def shutdown(code):
    print 'shutting down'
    sys.exit(code)

def main():
    shutdown(3)
    print 'unreachable'

main()
# expect: shutting down
# expect exit: 3
