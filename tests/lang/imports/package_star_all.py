# from package import * imports the submodules listed in the package's __all__.
from pkg_shapes import *
print circle.NAME, square.NAME
print 'VERSION' in dir(), 'describe' in dir()
# expect: pkg_shapes/__init__ running as pkg_shapes
# expect: pkg_shapes.circle running as pkg_shapes.circle
# expect: pkg_shapes.square running as pkg_shapes.square
# expect: circle square
# expect: False False
