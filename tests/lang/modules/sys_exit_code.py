# sys.exit(n) ends the program with status n.
import sys
def main():
    print 'exiting with 3'
    sys.exit(3)
    print 'not reached'
main()
# expect: exiting with 3
# expect exit: 3
