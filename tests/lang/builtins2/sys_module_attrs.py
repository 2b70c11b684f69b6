# sys attributes programs commonly read: version_info, maxint, platform, modules, frames.
import sys
print sys.version_info[0], sys.version_info[:2], sys.version[:3], sys.maxint, -sys.maxint - 1
print sys.version_info.major, sys.version_info.minor, sys.hexversion >= 0x2070000
print sys.platform.startswith('linux'), sys.byteorder, sys.maxsize == sys.maxint
print type(sys.modules).__name__, '__main__' in sys.modules, sys.modules['__main__'].__name__
print sys.argv[0], len(sys.argv), sys.executable != ''
print sys.getdefaultencoding(), sys.float_info.max > 1e300, sys.float_info.epsilon < 1e-15
print type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names
print sys.exc_info(), sys.getrecursionlimit(), sys.stdout is sys.__stdout__
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print f()
print callable(sys.exit), callable(sys.exc_clear), hasattr(sys, 'setrecursionlimit')
# expect: 2 (2, 7) 2.7 9223372036854775807 -9223372036854775808
# expect: 2 7 True
# expect: True little True
# expect: dict True __main__
# expect: tests/lang/builtins2/sys_module_attrs.py 1 True
# expect: ascii True True
# expect: tuple True
# expect: (None, None, None) 1000 True
# expect: ('f', '<module>')
# expect: True True True
