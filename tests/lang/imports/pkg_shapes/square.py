# Submodule of pkg_shapes.
print 'pkg_shapes.square running as', __name__
NAME = 'square'

def area(side):
    return side * side
