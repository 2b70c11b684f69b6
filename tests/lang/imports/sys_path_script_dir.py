# sys.path[0] is the directory of the script being run.
import sys, os
print os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__))
print type(sys.path).__name__
print __name__
# expect: True
# expect: list
# expect: __main__
