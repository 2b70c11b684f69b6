# errors.py: errors test_errors.c provokes, inspects and recovers from.
import sys

class MyError(Exception):
    def __init__(self, code):
        Exception.__init__(self, 'my error %d' % code)
        self.code = code

class BadStr(Exception):
    def __str__(self):
        raise ValueError('no str')

def lookup(table, key):
    return table[key]

def level3():
    raise MyError(3)

def level2():
    level3()

def level1():
    try:
        level2()
    finally:
        cleanup.append('finally ran')

def exit_with(code):
    if code == 'none':
        sys.exit()
    sys.exit(code)

def interrupt():
    raise KeyboardInterrupt

def no_memory():
    raise MemoryError('pretend')

def huge():
    return 'x' * (1 << 42)

def exc_state():
    return sys.exc_info()

cleanup = []
