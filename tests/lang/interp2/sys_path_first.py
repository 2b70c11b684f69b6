# sys.path[0] is the absolute, symlink-free folder of the script.
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
print sys.path[0] == here, os.path.isabs(sys.path[0])
print sys.argv[0] == __file__
# expect: True True
# expect: True
