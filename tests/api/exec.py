# exec.py: run by test_exec.c with rpy_exec_file, in a VM whose sys.argv and
# module path come from rpy_config.
import sys
import apimod

counter = 0

def bump(n):
    global counter
    counter += n
    return counter

print 'exec.py ran', __name__, __file__.endswith('exec.py'), sys.argv
print 'apimod says', apimod.hello()
print 'path starts with', sys.path[0].endswith('mods'), 'limit', sys.getrecursionlimit()
