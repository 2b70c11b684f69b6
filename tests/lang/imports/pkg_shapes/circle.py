# Submodule of pkg_shapes.
print 'pkg_shapes.circle running as', __name__
NAME = 'circle'
PI = 3.14159

def area(r):
    return PI * r * r
